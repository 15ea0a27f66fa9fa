using Pulumi;
using Summarizer.Infra;

// `pulumi up` runs this: build the artifacts, declare the architecture, export what a user needs.
return await Deployment.RunAsync(() => SummarizerStack.Define(SummarizerConfig.Load()));
