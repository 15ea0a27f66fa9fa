using Moq;
using Pulumi;
using Summarizer.Infra.Artifacts;
using Pulumi.Testing;
using Summarizer.Testing;
using YamlDotNet.RepresentationModel;

namespace Summarizer.Infra.Tests;

/// <summary>
/// Runs the Pulumi program under the test double with the stack config of Pulumi.dev.yaml (optionally
/// overridden) and gives typed access to what it registered.
/// </summary>
public sealed class StackRun
{
    /// <summary>What the mocked builder returns: no `dotnet publish` in these tests.</summary>
    public static readonly BuiltArtifact WorkerProgram = new("/build/summarizer-linux-x64.tar.gz", new string('a', 64), new string('e', 64));
    public static readonly BuiltArtifact FunctionPackage = new("/build/Summarizer.Function.zip", new string('b', 64), new string('f', 64));
    public static readonly BuiltModel Model = new("/build/model.sumemb", new string('9', 64), "glove100d-400000w-99999999");

    public DoubleRun Run { get; }
    public Mock<IArtifactBuilder> Builder { get; }

    private StackRun(DoubleRun run, Mock<IArtifactBuilder> builder) => (Run, Builder) = (run, builder);

    public static StackRun Dev(IReadOnlyDictionary<string, string>? overrides = null, Mock<IArtifactBuilder>? builder = null)
    {
        var config = DevConfig();
        foreach (var (k, v) in overrides ?? new Dictionary<string, string>()) config[k] = v;
        builder ??= BuilderOf(WorkerProgram, FunctionPackage);
        var run = DoubleRun.Run(() => SummarizerStack.Define(SummarizerConfig.Load(), builder.Object), config, project: "summarizer", stack: "dev");
        return new StackRun(run, builder);
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

    /// <summary>All resources of a class, with their args.</summary>
    public IReadOnlyList<(T Resource, TArgs Args, RegisteredResource Registration)> All<T, TArgs>() where T : Resource where TArgs : ResourceArgs =>
        Run.Resources.Where(r => r.Resource is T).Select(r => ((T)r.Resource, (TArgs)r.Args, r)).ToList();

    /// <summary>The one resource of a class with that logical name.</summary>
    public (T Resource, TArgs Args, RegisteredResource Registration) Named<T, TArgs>(string name) where T : Resource where TArgs : ResourceArgs
    {
        var found = All<T, TArgs>().Where(r => r.Registration.Name == name).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"expected one {typeof(T).Name} named '{name}'; registered: " +
            string.Join(", ", Run.Resources.Select(r => $"{r.Type}::{r.Name}")));
        return found[0];
    }

    /// <summary>The role with that ARN: the service allowed to assume it, and every (action, resource) its
    /// inline policies grant. Fails when the role also has managed policies attached.</summary>
    public (string TrustedService, ISet<(string Action, string Resource)> Grants) RoleWithArn(string arn)
    {
        var (role, args, _) = All<Pulumi.Aws.Iam.Role, Pulumi.Aws.Iam.RoleArgs>().Single(r => Values.Of(r.Resource.Arn) == arn);
        var name = Values.Of(role.Name);
        Assert.That(All<Pulumi.Aws.Iam.RolePolicyAttachment, Pulumi.Aws.Iam.RolePolicyAttachmentArgs>().Where(a => Values.Of(a.Args.Role) == name), Is.Empty);
        var trust = PolicyStatement.Parse(Values.PolicyOf(args.AssumeRolePolicy)).Single();
        var grants = All<Pulumi.Aws.Iam.RolePolicy, Pulumi.Aws.Iam.RolePolicyArgs>().Where(p => Values.Of(p.Args.Role) == name)
            .SelectMany(p => PolicyStatement.Grants(Values.PolicyOf(p.Args.Policy))).ToHashSet();
        return (trust.Principal!.Value.GetProperty("Service").GetString()!, grants);
    }

    /// <summary>The key the worker program was uploaded under (one upload of the mocked build).</summary>
    public string ProgramKey =>
        Values.Of(All<Pulumi.Aws.S3.BucketObjectv2, Pulumi.Aws.S3.BucketObjectv2Args>().Single(o => o.Registration.Name == "artifacts-worker-program").Args.Key);

    /// <summary>The settings the batch definition should be rendered with, read back from this run's resources and the
    /// dev stack's config: what the program must have passed.</summary>
    public Summarizer.Workflows.Batch.BatchWorkflowSettings BatchSettings()
    {
        string Name<TResource, TArgs>(string logical, Func<TResource, Pulumi.Output<string>> output)
            where TResource : Resource where TArgs : ResourceArgs => Values.Of(output(Named<TResource, TArgs>(logical).Resource));
        return new(
            InputBucket: Name<Pulumi.Aws.S3.Bucket, Pulumi.Aws.S3.BucketArgs>("storage-input", b => b.BucketName),
            OutputBucket: Name<Pulumi.Aws.S3.Bucket, Pulumi.Aws.S3.BucketArgs>("storage-output", b => b.BucketName),
            ArtifactsBucket: Name<Pulumi.Aws.S3.Bucket, Pulumi.Aws.S3.BucketArgs>("storage-artifacts", b => b.BucketName),
            ProgramKey: ProgramKey,
            ProgramSha256: WorkerProgram.FileSha256,
            InstanceId: Name<Pulumi.Aws.Ec2.Instance, Pulumi.Aws.Ec2.InstanceArgs>("worker", i => i.Id),
            DocumentName: Name<Pulumi.Aws.Ssm.Document, Pulumi.Aws.Ssm.DocumentArgs>("batch-run-summarizer", d => d.Name),
            JobTableName: Name<Pulumi.Aws.DynamoDB.Table, Pulumi.Aws.DynamoDB.TableArgs>("batch-jobs", t => t.Name),
            ModelVersion: Summarizer.Engine.SummarizerEngine.LoadDefault().ModelVersion,
            NotificationTopicArn: Name<Pulumi.Aws.Sns.Topic, Pulumi.Aws.Sns.TopicArgs>("notifications", t => t.Arn),
            MaxConcurrentJobs: int.Parse(DevConfig()["summarizer:maxConcurrentJobs"]),
            ExecutionArnPrefix: $"arn:aws:states:{DevConfig()["aws:region"]}:{Pulumi.Testing.FakeState.Account}:execution:summarizer-dev-");
    }

    public T Output<T>(string key)
    {
        Assert.That(Run.Outputs, Does.ContainKey(key), "stack output missing");
        return ((Output<T>)Run.Outputs[key]!).Value;
    }
}
