namespace Pulumi.Aws;

// Mirrors pulumi/pulumi-aws sdk/dotnet/Utilities.cs (the provider Version) and the MakeResourceOptions method
// every generated resource class carries: merge in the provider version and the outputs the provider marks
// secret. The generated classes repeat it privately; the double keeps one copy.
internal static class Utilities
{
    public static string Version => "7.0.0-double";

    public static CustomResourceOptions WithDefaults(CustomResourceOptions? options, params string[] secretOutputs)
    {
        var defaults = new CustomResourceOptions { Version = Version };
        defaults.AdditionalSecretOutputs.AddRange(secretOutputs);
        return CustomResourceOptions.Merge(defaults, options);
    }
}
