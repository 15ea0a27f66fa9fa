namespace Pulumi.Testing;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Testing/TestOptions.cs.

/// <summary>Optional settings for <see cref="Deployment.TestAsync{TStack}"/>.</summary>
public class TestOptions
{
    /// <summary>Project name. Defaults to "project" if not specified.</summary>
    public string? ProjectName { get; set; }

    /// <summary>Project root. Defaults to "projectRoot" if not specified.</summary>
    public string? ProjectRoot { get; set; }

    /// <summary>Stack name. Defaults to "stack" if not specified.</summary>
    public string? StackName { get; set; }

    /// <summary>Whether the test runs in Preview mode. Defaults to true if not specified.</summary>
    public bool? IsPreview { get; set; }

    /// <summary>Organization name. Defaults to "organization" if not specified.</summary>
    public string? OrganizationName { get; set; }
}
