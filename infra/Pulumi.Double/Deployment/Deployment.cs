using System.Collections.Immutable;
using System.Text.Json;
using Pulumi.Double;
using Pulumi.Testing;

namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Deployment/Deployment_Run.cs (RunAsync, TestAsync), Deployment_Config.cs
// (the config a test deployment reads from PULUMI_CONFIG) and DeploymentInstance.cs: the overloads the program and
// its tests use. RunAsync, which `dotnet run` reaches, is the double's rehearsal instead of a deployment.

/// <summary>Entry point of a Pulumi program.</summary>
public sealed partial class Deployment
{
    private Deployment() { }

    /// <summary>The deployment the program runs in.</summary>
    public static DeploymentInstance Instance => new(DoubleRun.Current);

    /// <summary>Runs the program; its returned dictionary becomes the stack outputs. Under the double: a rehearsal.</summary>
    public static Task<int> RunAsync(Func<IDictionary<string, object?>> func) =>
        Task.FromResult(Rehearsal.Run(func,
            Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value),
            Directory.GetCurrentDirectory(), Console.Out, Console.Error));

    /// <summary>Runs a stack class against <paramref name="mocks"/>; returns every resource registered, the stack included.
    /// Config comes from PULUMI_CONFIG, as in a real test deployment.</summary>
    public static Task<ImmutableArray<Resource>> TestAsync<TStack>(IMocks mocks, TestOptions? options = null)
        where TStack : Stack, new() =>
        Attempt(() => Registered(DoubleRun.Run(mocks, options, ConfigFromEnvironment(), () => new TStack())));

    /// <summary>Runs a program function against <paramref name="testMocks"/>; returns the resources it registered and
    /// the outputs it returned.</summary>
    public static Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> TestAsync(
        IMocks testMocks, TestOptions testOptions, Func<IDictionary<string, object?>> createResources) =>
        Attempt(() =>
        {
            ProgramStack? stack = null;
            var run = DoubleRun.Run(testMocks, testOptions, ConfigFromEnvironment(), () => stack = new ProgramStack(createResources));
            return (Registered(run).Remove(stack!), stack!.Outputs);
        });

    internal static ImmutableArray<Resource> Registered(DoubleRun run) => run.Registrations.Select(r => r.Resource).ToImmutableArray();

    // The real TestAsync is asynchronous: its errors come out of the task, not the call.
    private static Task<T> Attempt<T>(Func<T> func)
    {
        try
        {
            return Task.FromResult(func());
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }

    private static ImmutableDictionary<string, string> ConfigFromEnvironment() => ParseConfig(Environment.GetEnvironmentVariable("PULUMI_CONFIG"));

    /// <summary>The config map the engine hands a program as PULUMI_CONFIG (JSON, "namespace:key" → value; a
    /// non-string value as its JSON text; the older "namespace:config:key" form accepted).</summary>
    internal static ImmutableDictionary<string, string> ParseConfig(string? json)
    {
        var config = ImmutableDictionary.CreateBuilder<string, string>();
        if (json is null) return config.ToImmutable();
        foreach (var property in JsonDocument.Parse(json).RootElement.EnumerateObject())
            config[CleanKey(property.Name)] = property.Value.ToString();
        return config.ToImmutable();
    }

    private static string CleanKey(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && key[(colon + 1)..].StartsWith("config:", StringComparison.Ordinal)
            ? key[..colon] + ":" + key[(colon + 1 + "config:".Length)..]
            : key;
    }

    /// <summary>The stack a program function runs in (the real SDK's internal TestStack and Stack(func)).</summary>
    internal sealed class ProgramStack : Stack
    {
        public IDictionary<string, object?> Outputs { get; }

        public ProgramStack(Func<IDictionary<string, object?>> program) => Outputs = program();
    }
}

/// <summary>Facts about the current deployment, and provider function calls.</summary>
public sealed class DeploymentInstance
{
    private readonly DoubleRun _run;

    internal DeploymentInstance(DoubleRun run) => _run = run;

    public string StackName => _run.StackName;

    public string ProjectName => _run.ProjectName;

    /// <summary>Calls a provider function; generated invoke classes call this.</summary>
    public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOptions? options = null) => _run.Invoke<T>(token, args);
}
