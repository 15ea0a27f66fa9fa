using System.Collections;
using Pulumi.Serialization;
using Pulumi.Testing;
using YamlDotNet.RepresentationModel;

namespace Pulumi.Double;

// Double-only (the real counterpart is `pulumi preview` against an engine): what Deployment.RunAsync does in a
// build against the double. It refuses to run under a Pulumi engine, since it can deploy nothing and a program that
// registers nothing would make the engine plan to delete the stack; otherwise it runs the program as a preview with
// the stack's config and prints every resource it registered (and the local file each upload would send) and every
// output. Like a preview of a first deployment, a value only AWS can tell (ids, ARNs, generated names, what the
// provider functions return) is unknown, and so is everything computed from it.
public static class Rehearsal
{
    /// <summary>Variables the Pulumi engine sets for a program it runs (`pulumi up`, `preview`, `destroy`).</summary>
    public static readonly string[] EngineVariables = ["PULUMI_MONITOR", "PULUMI_ENGINE"];

    /// <summary>Exit code when started by a Pulumi engine.</summary>
    public const int RefusedUnderEngine = 3;

    /// <summary>Exit code of a program error (missing or invalid setting), as the real SDK's for a RunException.</summary>
    public const int ProgramError = 32;

    /// <summary>Runs <paramref name="program"/> as a rehearsal. <paramref name="environment"/> gives the variables
    /// (PULUMI_CONFIG, PULUMI_STACK, PULUMI_PROJECT, the engine's); the stack file is searched upward from
    /// <paramref name="directory"/> when PULUMI_CONFIG is not set.</summary>
    public static int Run(Func<IDictionary<string, object?>> program, IReadOnlyDictionary<string, string?> environment,
        string directory, TextWriter output, TextWriter error)
    {
        foreach (var variable in EngineVariables)
            if (!string.IsNullOrEmpty(environment.GetValueOrDefault(variable)))
            {
                error.WriteLine(
                    $"error: this build of the Pulumi program uses the test double (infra/Pulumi.Double) and cannot deploy " +
                    $"anything, but a Pulumi engine started it ({variable} is set). `pulumi up` must build " +
                    "infra/Summarizer.Infra, which compiles against the real Pulumi packages: run it from the repository " +
                    "root, where Pulumi.yaml points there. Nothing was registered.");
                return RefusedUnderEngine;
            }

        var stack = environment.GetValueOrDefault("PULUMI_STACK") ?? "dev";
        try
        {
            var (config, source) = environment.GetValueOrDefault("PULUMI_CONFIG") is { Length: > 0 } json
                ? (Deployment.ParseConfig(json), "PULUMI_CONFIG")
                : StackFile(directory, stack);
            var project = environment.GetValueOrDefault("PULUMI_PROJECT") ?? ProjectName(directory);
            Deployment.ProgramStack? root = null;
            var run = DoubleRun.Run(new PreviewMocks(), new TestOptions { ProjectName = project, StackName = stack, IsPreview = true }, config,
                () => root = new Deployment.ProgramStack(program));
            var resources = run.Registrations.Where(r => r.Resource != root).ToList();
            output.WriteLine($"Rehearsal of stack '{stack}' of project '{project}' (config from {source}) under the Pulumi test double: " +
                             $"{resources.Count} resources would be registered; nothing was deployed.");
            output.WriteLine();
            output.WriteLine($"Resources (type  name), children indented under their parent; values AWS assigns show as {KnownAfterDeploy}:");
            WriteTree(resources, parent: root!, depth: 1, output);
            output.WriteLine();
            output.WriteLine("Outputs:");
            foreach (var (key, value) in root!.Outputs)
                output.WriteLine($"  {key}: {Describe(value)}");
            return 0;
        }
        catch (RunException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ProgramError;
        }
    }

    /// <summary>How a value only a deployment can tell is shown.</summary>
    public const string KnownAfterDeploy = "(known after deploy)";

    private static void WriteTree(IReadOnlyList<DoubleRun.Registration> resources, Resource parent, int depth, TextWriter output)
    {
        foreach (var r in resources.Where(r => r.Parent == parent))
        {
            var uploads = r.Inputs.Values.OfType<AssetOrArchive>().Select(a => $"  (uploads {a.Path})");
            output.WriteLine($"{new string(' ', 2 * depth)}{r.Type}  {r.Name}{string.Concat(uploads)}");
            WriteTree(resources, r.Resource, depth + 1, output);
        }
    }

    /// <summary>The provider a first preview talks to: it creates nothing yet, so a new resource's state is its inputs,
    /// it has no id, and a provider function's answer is unknown offline.</summary>
    private sealed class PreviewMocks : IMocks
    {
        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args) =>
            Task.FromResult<(string?, object)>((null, args.Inputs));

        public Task<object> CallAsync(MockCallArgs args) => Task.FromResult<object>(Unknown.Value);
    }

    /// <summary>The config of Pulumi.&lt;stack&gt;.yaml, found in <paramref name="directory"/> or a folder above it.</summary>
    private static (IReadOnlyDictionary<string, string> Config, string Source) StackFile(string directory, string stack)
    {
        var path = FindUpward(directory, $"Pulumi.{stack}.yaml")
            ?? throw new RunException($"No Pulumi.{stack}.yaml in {directory} or above it, and PULUMI_CONFIG is not set: run from the repository.");
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path)) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var config = new Dictionary<string, string>();
        if (root.Children.TryGetValue(new YamlScalarNode("config"), out var node) && node is YamlMappingNode map)
            foreach (var (key, value) in map.Children)
                config[((YamlScalarNode)key).Value!] = value is YamlScalarNode scalar
                    ? scalar.Value ?? ""
                    : throw new RunException($"{path}: the rehearsal reads plain values only; '{key}' is not one (secrets and objects need a real engine).");
        return (config, path);
    }

    private static string ProjectName(string directory)
    {
        var path = FindUpward(directory, "Pulumi.yaml");
        if (path is null) return "project";
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path)) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return root.Children.TryGetValue(new YamlScalarNode("name"), out var name) ? ((YamlScalarNode)name).Value! : "project";
    }

    private static string? FindUpward(string directory, string fileName)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, fileName);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string Describe(object? value) => value switch
    {
        IOutput { IsSecret: true } => "[secret]",
        IOutput { IsKnown: false } => KnownAfterDeploy,
        IOutput output => Describe(output.UntypedValue),
        null => "null",
        string text => text,
        IEnumerable items => $"[{string.Join(", ", items.Cast<object?>().Select(Describe))}]",
        _ => value.ToString() ?? "null",
    };
}
