// Mirrors pulumi/pulumi-aws sdk/dotnet/DynamoDB/Inputs/TableAttributeArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.DynamoDB.Inputs;

/// <summary>An attribute of the key schema.</summary>
public sealed class TableAttributeArgs : global::Pulumi.ResourceArgs
{
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("type", required: true)]
    public Input<string> Type { get; set; } = null!;

    public TableAttributeArgs()
    {
    }
}
