using Pulumi;
using Summarizer.Infra;
using Summarizer.Infra.Artifacts;

// `pulumi up` runs this: build the artifacts, declare the architecture, export what a user needs. Everything happens
// inside RunAsync, so a build that must not run (the test double under a Pulumi engine) stops before any of it.
DotnetPublishBuilder? builder = null;
try
{
    return await Deployment.RunAsync(() =>
    {
        builder = DotnetPublishBuilder.ForCurrentRepository();
        return SummarizerStack.Define(SummarizerConfig.Load(), builder);
    });
}
finally
{
    // Only once the deployment is over: the engine reads the built files while it runs.
    builder?.Dispose();
}
