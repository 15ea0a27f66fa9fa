// Mirrors pulumi/pulumi-aws sdk/dotnet/DynamoDB/Table.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.DynamoDB;

/// <summary>A DynamoDB table.</summary>
public partial class Table : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public Table(string name, TableArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:dynamodb/table:Table", name, args ?? new TableArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class TableArgs : global::Pulumi.ResourceArgs
{
    [Input("attributes")]
    private InputList<Inputs.TableAttributeArgs>? _attributes;

    public InputList<Inputs.TableAttributeArgs> Attributes
    {
        get => _attributes ?? (_attributes = new InputList<Inputs.TableAttributeArgs>());
        set => _attributes = value;
    }

    [Input("billingMode")]
    public Input<string>? BillingMode { get; set; }

    [Input("hashKey")]
    public Input<string>? HashKey { get; set; }

    public TableArgs()
    {
    }
    public static new TableArgs Empty => new TableArgs();
}
