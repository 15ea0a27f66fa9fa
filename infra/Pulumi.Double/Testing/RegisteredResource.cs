namespace Pulumi.Testing;

// Double-only (no real counterpart): what the double recorded for one resource registration, for tests.

/// <summary>One registered resource: its type token, logical name, args, options and the resource object.</summary>
public sealed record RegisteredResource(
    string Type,
    string Name,
    bool Custom,
    ResourceArgs Args,
    ResourceOptions Options,
    Resource Resource)
{
    public Resource? Parent => Options.Parent;

    /// <summary>The component outputs it registered (components only).</summary>
    public IDictionary<string, object?>? ComponentOutputs { get; internal set; }
}

/// <summary>One provider function call (data source), e.g. aws:ssm/getParameter:getParameter.</summary>
public sealed record RecordedInvoke(string Token, InvokeArgs Args);
