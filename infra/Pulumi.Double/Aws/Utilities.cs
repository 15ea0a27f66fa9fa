namespace Pulumi.Aws;

// Mirrors the MakeResourceOptions method every generated resource class carries (pulumi/pulumi-aws sdk/dotnet): the
// resource is registered with a merged copy of the options it was given, which is what a transformation sees. The real
// method also merges in the provider's version and the outputs the provider marks secret (AdditionalSecretOutputs, e.g.
// an API key's value); only the engine acts on those, Pulumi's mocks never see them, and the double leaves them out.
// The generated classes repeat the method privately; the double keeps one copy.
internal static class Utilities
{
    public static CustomResourceOptions WithDefaults(CustomResourceOptions? options) =>
        CustomResourceOptions.Merge(new CustomResourceOptions(), options);
}
