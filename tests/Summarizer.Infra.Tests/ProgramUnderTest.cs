using System.Collections.Concurrent;
using Pulumi;

namespace Summarizer.Infra.Tests;

/// <summary>
/// The stack class Pulumi's <c>Deployment.TestAsync&lt;TStack&gt;</c> instantiates: it runs the program given by
/// <see cref="Run"/> and keeps the outputs the program returns. A stack transformation (public API: StackOptions,
/// ResourceTransformation) records the options every resource was created with, since the mocks are never shown them:
/// its parent, dependsOn and ignoreChanges.
/// </summary>
public sealed class ProgramUnderTest : Stack
{
    private sealed record Setup(Func<IDictionary<string, object?>> Program, ConcurrentDictionary<Resource, ResourceOptions> Options);

    // TestAsync creates the stack itself (new TStack()), so what it runs is handed over through the async context.
    private static readonly AsyncLocal<Setup?> Next = new();

    public IDictionary<string, object?> ProgramOutputs { get; }

    public ProgramUnderTest() : base(RecordingOptions()) => ProgramOutputs = Current.Program();

    /// <summary>Runs <paramref name="test"/> (which calls TestAsync&lt;ProgramUnderTest&gt;) with <paramref name="program"/>
    /// as the stack's program; returns the options each resource was created with.</summary>
    public static IReadOnlyDictionary<Resource, ResourceOptions> Run(Func<IDictionary<string, object?>> program, Action test)
    {
        var setup = new Setup(program, new ConcurrentDictionary<Resource, ResourceOptions>());
        Next.Value = setup;
        try
        {
            test();
        }
        finally
        {
            Next.Value = null;
        }
        return setup.Options;
    }

    private static Setup Current => Next.Value ?? throw new InvalidOperationException($"{nameof(ProgramUnderTest)} runs only inside {nameof(Run)}.");

    private static StackOptions RecordingOptions()
    {
        var options = Current.Options;
        return new StackOptions
        {
            ResourceTransformations =
            {
                args =>
                {
                    options[args.Resource] = args.Options;
                    return null;
                },
            },
        };
    }
}
