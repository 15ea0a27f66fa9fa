using System.Reflection;

namespace Pulumi.Testing;

// Double-only (the real counterpart is the Pulumi engine plus Deployment.TestAsync with IMocks): one run of a
// program. Records every resource and invoke, fills each resource's outputs with fake values, and keeps the
// stack outputs. Tests call Run; Deployment.RunAsync (a `dotnet run` of the program) runs a Rehearsal.
public sealed class DoubleRun
{
    private static readonly AsyncLocal<DoubleRun?> Ambient = new();

    private readonly List<RegisteredResource> _resources = new();
    private readonly List<RecordedInvoke> _invokes = new();
    private readonly IReadOnlyDictionary<string, string> _config;

    public string ProjectName { get; }
    public string StackName { get; }
    public IReadOnlyList<RegisteredResource> Resources => _resources;
    public IReadOnlyList<RecordedInvoke> Invokes => _invokes;
    public IDictionary<string, object?> Outputs { get; private set; } = new Dictionary<string, object?>();

    private DoubleRun(string project, string stack, IReadOnlyDictionary<string, string> config)
    {
        ProjectName = project;
        StackName = stack;
        _config = config;
    }

    internal static DoubleRun Current => Ambient.Value
        ?? throw new InvalidOperationException("No Pulumi deployment is running: create resources inside Deployment.RunAsync or DoubleRun.Run.");

    /// <summary>Runs a program body under the double with the given stack config ("namespace:key" → value).</summary>
    public static DoubleRun Run(Func<IDictionary<string, object?>> program, IReadOnlyDictionary<string, string>? config = null,
        string project = "project", string stack = "dev")
    {
        var run = new DoubleRun(project, stack, config ?? new Dictionary<string, string>());
        var previous = Ambient.Value;
        Ambient.Value = run;
        try
        {
            run.Outputs = program();
        }
        finally
        {
            Ambient.Value = previous;
        }
        return run;
    }

    internal string? ConfigValue(string key) => _config.TryGetValue(key, out var v) ? v : null;

    internal string UrnOf(string type, string name, Resource? parent) =>
        $"urn:pulumi:{StackName}::{ProjectName}::{(parent is null ? "" : parent.GetResourceType() + "$")}{type}::{name}";

    internal void Register(Resource resource, string type, string name, bool custom, ResourceArgs args, ResourceOptions options)
    {
        if (_resources.Any(r => r.Type == type && r.Name == name))
            throw new InvalidOperationException($"Duplicate resource URN: a {type} named '{name}' is already registered.");
        _resources.Add(new RegisteredResource(type, name, custom, args, options, resource));
        if (custom) FillOutputs(resource, type, name, args, options as CustomResourceOptions);
    }

    internal void RegisterOutputs(Resource component, IDictionary<string, object?> outputs) =>
        _resources.Single(r => ReferenceEquals(r.Resource, component)).ComponentOutputs = outputs;

    /// <summary>Records a provider function call; <paramref name="fake"/> makes its result, as a mock's CallAsync.</summary>
    internal T Invoke<T, TArgs>(string token, TArgs args, Func<TArgs, T> fake) where TArgs : InvokeArgs
    {
        _invokes.Add(new RecordedInvoke(token, args));
        return fake(args);
    }

    // Sets every [Output] property: echoes the input of the same wire name when its type fits, else a fake value.
    private static void FillOutputs(Resource resource, string type, string name, ResourceArgs args, CustomResourceOptions? options)
    {
        var inputs = InputsOf(args);
        var secret = options?.AdditionalSecretOutputs ?? new List<string>();
        var id = FakeState.Id(type, name);
        string? InputText(string key) => inputs.TryGetValue(key, out var i) && i?.ToUntypedOutput() is Output<string> o ? o.Value : null;
        foreach (var property in resource.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var wire = property.GetCustomAttribute<OutputAttribute>()?.Name;
            if (wire is null || wire == "urn" || !property.PropertyType.IsGenericType) continue;
            var valueType = property.PropertyType.GetGenericArguments()[0];
            var isSecret = secret.Contains(wire);
            object? output = null;
            if (wire == "id") output = Output.Create(id);
            else if (inputs.TryGetValue(wire, out var input) && input is not null && EchoType(input) == valueType)
                output = input.ToUntypedOutput();
            else if (valueType == typeof(string)) output = Output.Create(FakeState.String(type, name, wire, id, InputText));
            else output = MakeOutput(valueType, valueType.IsValueType ? Activator.CreateInstance(valueType) : null);
            if (isSecret) output = MakeSecret(valueType, output);
            // A private setter is only visible through the declaring type (e.g. CustomResource.Id).
            var setter = property.DeclaringType!.GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance)!.GetSetMethod(nonPublic: true)!;
            setter.Invoke(resource, new[] { output });
        }
    }

    private static Dictionary<string, IInput?> InputsOf(ResourceArgs args)
    {
        var result = new Dictionary<string, IInput?>();
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
        foreach (var member in args.GetType().GetFields(all).Cast<MemberInfo>().Concat(args.GetType().GetProperties(all)))
        {
            var wire = member.GetCustomAttribute<InputAttribute>()?.Name;
            if (wire is null) continue;
            var value = member is FieldInfo f ? f.GetValue(args) : ((PropertyInfo)member).GetValue(args);
            result[wire] = value as IInput;
        }
        return result;
    }

    // The T of the Input<T> an input derives from (InputList<X> is an Input<ImmutableArray<X>>).
    private static Type? EchoType(IInput input)
    {
        for (var t = input.GetType(); t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Input<>)) return t.GetGenericArguments()[0];
        return null;
    }

    private static object MakeOutput(Type valueType, object? value) =>
        typeof(Output).GetMethods().Single(m => m.Name == nameof(Output.Create) && m.GetParameters()[0].ParameterType.IsGenericParameter)
            .MakeGenericMethod(valueType).Invoke(null, new[] { value })!;

    private static object MakeSecret(Type valueType, object output) =>
        typeof(DoubleRun).GetMethod(nameof(AsSecret), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(valueType).Invoke(null, new[] { output })!;

    private static Output<T> AsSecret<T>(Output<T> output) => new(output.Value, isSecret: true);
}
