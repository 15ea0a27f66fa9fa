// Mirrors pulumi/pulumi-aws sdk/dotnet/DynamoDB/Inputs/TablePointInTimeRecoveryArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.DynamoDB.Inputs;

/// <summary>Point-in-time recovery.</summary>
public sealed class TablePointInTimeRecoveryArgs : global::Pulumi.ResourceArgs
{
    [Input("enabled", required: true)]
    public Input<bool> Enabled { get; set; } = null!;

    public TablePointInTimeRecoveryArgs()
    {
    }
}
