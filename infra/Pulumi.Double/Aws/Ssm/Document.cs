// Mirrors pulumi/pulumi-aws sdk/dotnet/Ssm/Document.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Ssm;

/// <summary>An SSM document.</summary>
public partial class Document : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public Document(string name, DocumentArgs args, CustomResourceOptions? options = null)
        : base("aws:ssm/document:Document", name, args ?? new DocumentArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class DocumentArgs : global::Pulumi.ResourceArgs
{
    [Input("content", required: true)]
    public Input<string> Content { get; set; } = null!;

    [Input("documentFormat")]
    public Input<string>? DocumentFormat { get; set; }

    [Input("documentType", required: true)]
    public Input<string> DocumentType { get; set; } = null!;

    public DocumentArgs()
    {
    }
    public static new DocumentArgs Empty => new DocumentArgs();
}
