using Pulumi.Testing;

namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Deployment/Deployment_Run.cs (RunAsync) and
// sdk/Pulumi/Deployment/DeploymentInstance.cs (StackName, ProjectName).

/// <summary>Entry point of a Pulumi program.</summary>
public sealed partial class Deployment
{
    private Deployment() { }

    /// <summary>The deployment the program runs in.</summary>
    public static DeploymentInstance Instance => new(DoubleRun.Current);

    /// <summary>Runs the program; its returned dictionary becomes the stack outputs.</summary>
    public static Task<int> RunAsync(Func<IDictionary<string, object?>> func, StackOptions? options = null) =>
        RunAsync(() => Task.FromResult(func()), options);

    public static Task<int> RunAsync(Func<Task<IDictionary<string, object?>>> func, StackOptions? options = null) =>
        Task.FromResult(Rehearsal.Run(() => func().GetAwaiter().GetResult(),
            Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value),
            Directory.GetCurrentDirectory(), Console.Out, Console.Error));
}

/// <summary>Facts about the current deployment.</summary>
public sealed class DeploymentInstance
{
    private readonly DoubleRun _run;

    internal DeploymentInstance(DoubleRun run) => _run = run;

    public string StackName => _run.StackName;

    public string ProjectName => _run.ProjectName;

}
