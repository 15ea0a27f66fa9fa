using System.Reflection;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Pulumi.Testing;

// Double-only (the real counterpart is `pulumi preview` against an engine): what Deployment.RunAsync does in a
// build against the double. It refuses to run under a Pulumi engine, since it can deploy nothing and a program that
// registers nothing would make the engine plan to delete the stack; otherwise it runs the program with the stack's
// config and prints every resource it registered and every output.
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
                ? (JsonSerializer.Deserialize<Dictionary<string, string>>(json)!, "PULUMI_CONFIG")
                : StackFile(directory, stack);
            var project = environment.GetValueOrDefault("PULUMI_PROJECT") ?? ProjectName(directory);
            var run = DoubleRun.Run(program, config, project, stack);
            output.WriteLine($"Rehearsal of stack '{stack}' of project '{project}' (config from {source}) under the Pulumi test double: " +
                             $"{run.Resources.Count} resources would be registered; nothing was deployed.");
            output.WriteLine();
            output.WriteLine("Resources (type  name), children indented under their parent:");
            WriteTree(run, parent: null, depth: 1, output);
            output.WriteLine();
            output.WriteLine("Outputs:");
            foreach (var (key, value) in run.Outputs)
                output.WriteLine($"  {key}: {Describe(value)}");
            return 0;
        }
        catch (RunException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ProgramError;
        }
    }

    private static void WriteTree(DoubleRun run, Resource? parent, int depth, TextWriter output)
    {
        foreach (var r in run.Resources.Where(r => ReferenceEquals(r.Parent, parent)))
        {
            output.WriteLine($"{new string(' ', 2 * depth)}{r.Type}  {r.Name}");
            WriteTree(run, r.Resource, depth + 1, output);
        }
    }

    /// <summary>The config of Pulumi.&lt;stack&gt;.yaml, found in <paramref name="directory"/> or a folder above it.</summary>
    private static (Dictionary<string, string> Config, string Source) StackFile(string directory, string stack)
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
        null => "null",
        _ when value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(Output<>) =>
            (bool)value.GetType().GetProperty("IsSecret", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(value)!
                ? "[secret]"
                : value.GetType().GetProperty("Value", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(value)?.ToString() ?? "null",
        _ => value.ToString() ?? "null",
    };
}
