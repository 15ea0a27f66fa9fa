using Pulumi;
using Summarizer.Infra;
using Summarizer.Infra.Artifacts;

// `pulumi up` runs this: build the artifacts, declare the architecture, export what a user needs.
using var builder = DotnetPublishBuilder.ForCurrentRepository();
return await Deployment.RunAsync(() => SummarizerStack.Define(SummarizerConfig.Load(), builder));
