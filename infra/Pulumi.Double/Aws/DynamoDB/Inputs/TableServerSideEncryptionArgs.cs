// Mirrors pulumi/pulumi-aws sdk/dotnet/DynamoDB/Inputs/TableServerSideEncryptionArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.DynamoDB.Inputs;

/// <summary>Encryption at rest with a customer or AWS managed KMS key (default: an AWS owned key).</summary>
public sealed class TableServerSideEncryptionArgs : global::Pulumi.ResourceArgs
{
    [Input("enabled", required: true)]
    public Input<bool> Enabled { get; set; } = null!;

    public TableServerSideEncryptionArgs()
    {
    }
}
