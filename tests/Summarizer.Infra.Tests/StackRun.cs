using System.Collections.Immutable;
using Moq;
using Pulumi;
using Pulumi.Testing;
using Summarizer.Infra.Artifacts;
using Summarizer.Testing;
using YamlDotNet.RepresentationModel;

namespace Summarizer.Infra.Tests;

/// <summary>One resource of a run: the resource object (its outputs), its inputs as the provider mocks received them,
/// and the options it was created with (seen by the stack's transformation).</summary>
public sealed record Registered<T>(T Resource, ResourceInputs Inputs, ResourceOptions Options) where T : Resource
{
    public string Name => Resource.GetResourceName();

    /// <summary>The logical names of the resources it was told to wait for (dependsOn).</summary>
    public IReadOnlyList<string> DependsOn => Values.Of(Options.DependsOn.ToOutput()).Select(r => r.GetResourceName()).ToList();
}

/// <summary>
/// Runs the Pulumi program with Pulumi's public testing API (Deployment.TestAsync with <see cref="ProviderMocks"/>)
/// and the stack config of Pulumi.dev.yaml (optionally overridden), and gives typed access to what it registered.
/// </summary>
public sealed class StackRun
{
    /// <summary>What the mocked builder returns: no `dotnet publish` in these tests.</summary>
    public static readonly BuiltArtifact WorkerProgram = new("/build/summarizer-linux-x64.tar.gz", new string('a', 64), new string('e', 64));
    public static readonly BuiltArtifact FunctionPackage = new("/build/Summarizer.Function.zip", new string('b', 64), new string('f', 64));
    public static readonly BuiltModel Model = new("/build/model.sumemb", new string('9', 64), "glove100d-400000w-99999999");

    public const string Project = "summarizer", Stack = "dev";

    private readonly IReadOnlyDictionary<Resource, ResourceOptions> _options;

    /// <summary>Every resource registered, the stack included, as TestAsync returns them.</summary>
    public ImmutableArray<Resource> Resources { get; }
    public ProviderMocks Mocks { get; }
    public IDictionary<string, object?> Outputs { get; }
    public Mock<IArtifactBuilder> Builder { get; }

    private StackRun(ImmutableArray<Resource> resources, ProviderMocks mocks, IReadOnlyDictionary<Resource, ResourceOptions> options, Mock<IArtifactBuilder> builder)
    {
        (Resources, Mocks, _options, Builder) = (resources, mocks, options, builder);
        Outputs = resources.OfType<ProgramUnderTest>().Single().ProgramOutputs;
    }

    /// <summary>The dev stack after an update (<paramref name="firstPreview"/>: during the preview of a first deployment).</summary>
    public static StackRun Dev(IReadOnlyDictionary<string, string>? overrides = null, Mock<IArtifactBuilder>? builder = null, bool firstPreview = false,
        string stack = Stack)
    {
        var config = DevConfig();
        foreach (var (k, v) in overrides ?? new Dictionary<string, string>()) config[k] = v;
        builder ??= BuilderOf(WorkerProgram, FunctionPackage);
        var mocks = new ProviderMocks(firstPreview);
        var resources = ImmutableArray<Resource>.Empty;
        var options = ProgramUnderTest.Run(() => SummarizerStack.Define(SummarizerConfig.Load(), builder.Object), () =>
            resources = PulumiConfig.With(config, () => Deployment.TestAsync<ProgramUnderTest>(mocks,
                new TestOptions { ProjectName = Project, StackName = stack, IsPreview = firstPreview }).GetAwaiter().GetResult()));
        return new StackRun(resources, mocks, options, builder);
    }

    /// <summary>Runs a program function (e.g. only loading the config) with that stack config; returns what it returned.</summary>
    public static T Program<T>(IReadOnlyDictionary<string, string> config, Func<T> program)
    {
        T result = default!;
        PulumiConfig.With(config, () => Deployment.TestAsync(new ProviderMocks(), new TestOptions { ProjectName = Project, StackName = Stack, IsPreview = false },
            () => { result = program(); return new Dictionary<string, object?>(); }).GetAwaiter().GetResult());
        return result;
    }

    public static Mock<IArtifactBuilder> BuilderOf(BuiltArtifact worker, BuiltArtifact function)
    {
        var builder = new Mock<IArtifactBuilder>(MockBehavior.Strict);
        builder.Setup(b => b.BuildWorkerProgram()).Returns(worker);
        builder.Setup(b => b.BuildFunctionPackage(Moq.It.IsAny<BuiltModel?>())).Returns(function);
        builder.Setup(b => b.BuildModel(Moq.It.IsAny<string>())).Returns(Model);
        return builder;
    }

    /// <summary>The config map of Pulumi.dev.yaml, as the engine hands it to the program ("ns:key" → text).</summary>
    public static Dictionary<string, string> DevConfig()
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(RepoPaths.InRepo("Pulumi.dev.yaml"))) yaml.Load(reader);
        var config = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("config")];
        return config.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!);
    }

    /// <summary>The options a resource was created with.</summary>
    public ResourceOptions OptionsOf(Resource resource)
    {
        Assert.That(_options.ContainsKey(resource), $"no options recorded for {resource.GetResourceType()} {resource.GetResourceName()}");
        return _options[resource];
    }

    /// <summary>All resources of a class, with their inputs and options.</summary>
    public IReadOnlyList<Registered<T>> All<T>() where T : Resource =>
        Resources.OfType<T>().Select(r => new Registered<T>(r, InputsOf(r), OptionsOf(r))).ToList();

    /// <summary>The one resource of a class with that logical name.</summary>
    public Registered<T> Named<T>(string name) where T : Resource
    {
        var found = All<T>().Where(r => r.Name == name).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"expected one {typeof(T).Name} named '{name}'; registered: " +
            string.Join(", ", Resources.Select(r => $"{r.GetResourceType()}::{r.GetResourceName()}")));
        return found[0];
    }

    /// <summary>What the provider mocks were given for a resource (matched by type and name, unique in a stack).</summary>
    public ResourceInputs InputsOf(Resource resource)
    {
        var sent = Mocks.Resources.Where(r => r.Type == resource.GetResourceType() && r.Name == resource.GetResourceName()).ToList();
        Assert.That(sent, Has.Count.EqualTo(1), $"{resource.GetResourceType()} {resource.GetResourceName()} reached the mocks once");
        return new ResourceInputs(sent[0].Inputs, $"{resource.GetResourceType()} {resource.GetResourceName()}");
    }

    /// <summary>The role with that ARN: the service allowed to assume it, and every (action, resource) its
    /// inline policies grant. Fails when the role also has managed policies attached.</summary>
    public (string TrustedService, ISet<(string Action, string Resource)> Grants) RoleWithArn(string arn)
    {
        var role = All<Pulumi.Aws.Iam.Role>().Single(r => Values.Of(r.Resource.Arn) == arn);
        var name = Values.Of(role.Resource.Name);
        Assert.That(All<Pulumi.Aws.Iam.RolePolicyAttachment>().Where(a => a.Inputs.String("role") == name), Is.Empty);
        var trust = PolicyStatement.Parse(role.Inputs.Policy("assumeRolePolicy")).Single();
        var grants = All<Pulumi.Aws.Iam.RolePolicy>().Where(p => p.Inputs.String("role") == name)
            .SelectMany(p => PolicyStatement.Grants(p.Inputs.Policy("policy"))).ToHashSet();
        return (trust.Principal!.Value.GetProperty("Service").GetString()!, grants);
    }

    /// <summary>The key the worker program was uploaded under (one upload of the mocked build).</summary>
    public string ProgramKey => Named<Pulumi.Aws.S3.BucketObjectv2>("artifacts-worker-program").Inputs.String("key");

    /// <summary>The settings the batch definition should be rendered with, read back from this run's resources and the
    /// dev stack's config: what the program must have passed.</summary>
    public Summarizer.Workflows.Batch.BatchWorkflowSettings BatchSettings()
    {
        string Name<TResource>(string logical, Func<TResource, Output<string>> output) where TResource : Resource =>
            Values.Of(output(Named<TResource>(logical).Resource));
        return new(
            InputBucket: Name<Pulumi.Aws.S3.Bucket>("storage-input", b => b.BucketName),
            OutputBucket: Name<Pulumi.Aws.S3.Bucket>("storage-output", b => b.BucketName),
            ArtifactsBucket: Name<Pulumi.Aws.S3.Bucket>("storage-artifacts", b => b.BucketName),
            ProgramKey: ProgramKey,
            ProgramSha256: WorkerProgram.FileSha256,
            InstanceId: Name<Pulumi.Aws.Ec2.Instance>("worker", i => i.Id),
            DocumentName: Name<Pulumi.Aws.Ssm.Document>("batch-run-summarizer", d => d.Name),
            JobTableName: Name<Pulumi.Aws.DynamoDB.Table>("batch-jobs", t => t.Name),
            ModelVersion: Summarizer.Engine.SummarizerEngine.LoadDefault().ModelVersion,
            NotificationTopicArn: Name<Pulumi.Aws.Sns.Topic>("notifications", t => t.Arn),
            MaxConcurrentJobs: int.Parse(DevConfig()["summarizer:maxConcurrentJobs"]),
            ExecutionArnPrefix: $"arn:aws:states:{DevConfig()["aws:region"]}:{ProviderMocks.Account}:execution:summarizer-dev-");
    }

    /// <summary>A stack output's value.</summary>
    public T Output<T>(string key) => Values.Of(OutputOf<T>(key));

    /// <summary>A stack output as the program returned it.</summary>
    public Output<T> OutputOf<T>(string key)
    {
        Assert.That(Outputs, Does.ContainKey(key), "stack output missing");
        Assert.That(Outputs[key], Is.InstanceOf<Output<T>>(), key);
        return (Output<T>)Outputs[key]!;
    }
}
