namespace Pulumi.Aws.Iam.Inputs;

// Mirrors pulumi/pulumi-aws sdk/dotnet/Iam/Inputs/PolicyDocumentArgs.cs (Pulumi.Aws 7.x). The program passes
// policies as JSON text, so only the type is needed (it is the second member of the policy InputUnions).

/// <summary>An IAM policy document given as an object rather than JSON text.</summary>
public sealed class PolicyDocumentArgs : global::Pulumi.ResourceArgs
{
    public PolicyDocumentArgs()
    {
    }
}
