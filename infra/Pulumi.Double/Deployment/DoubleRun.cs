using System.Collections.Immutable;
using System.Reflection;
using Pulumi.Serialization;
using Pulumi.Testing;

namespace Pulumi;

// Double-only: what the real SDK's Deployment, Runner and MockMonitor do together when Deployment.TestAsync runs a
// program against IMocks (sdk/Pulumi/Testing/MockMonitor.cs, Deployment_ReadOrRegisterResource.cs), synchronously.
// A resource is registered by giving its args to the mocks' NewResourceAsync as MockMonitor does, and its outputs are
// read from the state they return (an output the state leaves out is unknown during a preview, null otherwise; a
// custom resource without an id has an unknown Id). An invoke goes to CallAsync. The stack outputs are what the
// program returns. Besides the mocks, it checks what the engine would: no two resources with the same URN.
internal sealed class DoubleRun
{
    private static readonly AsyncLocal<DoubleRun?> Ambient = new();

    private readonly IMocks _mocks;
    private readonly IReadOnlyDictionary<string, string> _config;
    private readonly List<Registration> _registrations = new();
    private Stack? _stack;

    public string ProjectName { get; }
    public string StackName { get; }
    public bool IsPreview { get; }

    /// <summary>Every resource registered, in order, with what the double knows of it (for the rehearsal).</summary>
    public IReadOnlyList<Registration> Registrations => _registrations;

    /// <summary>One registration: the resource, its parent and what its mock was given.</summary>
    public sealed record Registration(Resource Resource, Resource? Parent, string QualifiedType, ImmutableDictionary<string, object> Inputs)
    {
        public string Type => Resource.GetResourceType();
        public string Name => Resource.GetResourceName();
    }

    private DoubleRun(IMocks mocks, TestOptions? options, IReadOnlyDictionary<string, string> config)
    {
        _mocks = mocks;
        _config = config;
        // The real SDK's defaults for a test deployment (the Deployment constructor taking TestOptions).
        ProjectName = options?.ProjectName ?? "project";
        StackName = options?.StackName ?? "stack";
        IsPreview = options?.IsPreview ?? true;
    }

    public static DoubleRun Current => Ambient.Value
        ?? throw new InvalidOperationException("Trying to acquire Deployment.Instance before 'Run' was called.");

    /// <summary>The root stack: the parent of every resource created without one.</summary>
    public Stack Stack
    {
        get => _stack ?? throw new InvalidOperationException("Trying to acquire Deployment.Stack before 'Run' was called.");
        set => _stack = value;
    }

    /// <summary>Runs <paramref name="program"/> (which creates the stack) as TestAsync does: an error of the program
    /// comes out as the RunException the real TestAsync throws for the error the engine logged.</summary>
    public static DoubleRun Run(IMocks mocks, TestOptions? options, IReadOnlyDictionary<string, string> config, Action program)
    {
        var run = new DoubleRun(mocks, options, config);
        var previous = Ambient.Value;
        Ambient.Value = run;
        try
        {
            program();
        }
        catch (RunException e)
        {
            throw new RunException(e.Message);
        }
        catch (Exception e)
        {
            throw new RunException($"Running program '{Assembly.GetEntryAssembly()?.Location}' failed with an unhandled exception:\n{e}");
        }
        finally
        {
            Ambient.Value = previous;
        }
        return run;
    }

    public string? ConfigValue(string key) => _config.TryGetValue(key, out var v) ? v : null;

    public void Register(Resource resource, bool custom, ResourceArgs args, ResourceOptions options, Resource? parent)
    {
        var (type, name) = (resource.GetResourceType(), resource.GetResourceName());
        // The engine's URN qualifies the type with the parent's (except the stack's); two equal URNs fail a deployment.
        var parentType = parent is null || parent is Stack ? null : _registrations.Single(r => r.Resource == parent).QualifiedType;
        var qualifiedType = parentType is null ? type : $"{parentType}${type}";
        if (_registrations.Any(r => r.QualifiedType == qualifiedType && r.Name == name))
            throw new RunException($"Duplicate resource URN '{EngineUrn(qualifiedType, name)}'; try giving it a unique name");
        // The URN a mocked resource gets (MockMonitor.NewUrn): its type after the first type of its parent's URN.
        var urn = parent is null ? EngineUrn(type, name) : EngineUrn($"{RootTypeOf(parent)}${type}", name);
        SetOutput(resource, typeof(Resource).GetProperty(nameof(Resource.Urn))!, urn, known: true, secret: false);

        var inputs = type == Stack.RootType ? ImmutableDictionary<string, object>.Empty : WireFormat.ForMock(args);
        _registrations.Add(new Registration(resource, parent, qualifiedType, inputs));
        if (type == Stack.RootType) return;

        var (id, state) = _mocks.NewResourceAsync(new MockResourceArgs { Type = type, Name = name, Inputs = inputs, Provider = "", Id = "" })
            .GetAwaiter().GetResult();
        if (custom)
            SetOutput(resource, typeof(CustomResource).GetProperty(nameof(CustomResource.Id))!, id ?? "", known: !string.IsNullOrEmpty(id), secret: false);
        var fields = WireFormat.SerializeState(state);
        foreach (var property in resource.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<OutputAttribute>()?.Name is not { } wire || wire is "urn" or "id") continue;
            var valueType = property.PropertyType.GetGenericArguments()[0];
            var (value, known, secret) = fields.TryGetValue(wire, out var field)
                ? WireFormat.Convert(field, valueType, $"{resource.GetType().FullName}.{wire}")
                : (null, !IsPreview, false);
            SetOutput(resource, property, value, known, secret);
        }
    }

    /// <summary>A provider function call, answered by the mocks' CallAsync.</summary>
    public Output<T> Invoke<T>(string token, InvokeArgs args)
    {
        var serialized = WireFormat.SerializeArgs(args);
        // With unknown args (a preview), the real SDK does not call the provider: the result is unknown.
        if (WireFormat.HasUnknowns(serialized)) return Output<T>.Unknown();
        var result = _mocks.CallAsync(new MockCallArgs { Token = token, Args = WireFormat.ForMock(serialized), Provider = "" }).GetAwaiter().GetResult();
        var (value, known, secret) = WireFormat.Convert(WireFormat.Serialize(result), typeof(T), token);
        return new Output<T>((T)value!, known, secret);
    }

    private string EngineUrn(string qualifiedType, string name) => $"urn:pulumi:{StackName}::{ProjectName}::{qualifiedType}::{name}";

    private string RootTypeOf(Resource resource) => _registrations.Single(r => r.Resource == resource) is var r && r.Parent is { } p
        ? RootTypeOf(p)
        : r.Type;

    // Outputs have private setters, visible only through the declaring type (e.g. CustomResource.Id).
    private static void SetOutput(Resource resource, PropertyInfo property, object? value, bool known, bool secret)
    {
        var valueType = property.PropertyType.GetGenericArguments()[0];
        var output = Activator.CreateInstance(typeof(Output<>).MakeGenericType(valueType), BindingFlags.NonPublic | BindingFlags.Instance,
            binder: null, args: [value, known, secret], culture: null);
        property.DeclaringType!.GetProperty(property.Name)!.GetSetMethod(nonPublic: true)!.Invoke(resource, [output]);
    }
}
