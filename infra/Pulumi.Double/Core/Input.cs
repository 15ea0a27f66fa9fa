using System.Collections;
using System.Collections.Immutable;

namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Core/Input.cs, InputList.cs, InputMap.cs, InputUnion.cs, Union.cs:
// the input types of resource args, with the implicit conversions the program relies on.

/// <summary>Untyped view of an input (the real SDK has the same internal interface).</summary>
internal interface IInput
{
    IOutput ToUntypedOutput();
}

/// <summary>A plain value or an output, as resource args accept.</summary>
public class Input<T> : IInput
{
    private readonly Func<Output<T>> _output;

    private protected Input(Func<Output<T>> output) => _output = output;

    private Input(Output<T> output) : this(() => output) { }

    public static implicit operator Input<T>(T value) => new(Output.Create(value));

    public static implicit operator Input<T>(Output<T> value) => new(value);

    public static implicit operator Output<T>(Input<T> input) => input.ToOutput();

    // Internal: the real Input<T> exposes ToOutput only through InputExtensions (below).
    internal Output<T> ToOutput() => _output();

    IOutput IInput.ToUntypedOutput() => ToOutput();
}

/// <summary>Extensions on inputs (the real SDK's InputExtensions: the members the program uses).</summary>
public static class InputExtensions
{
    public static Output<T> ToOutput<T>(this Input<T>? input) => input?.ToOutput() ?? Output.Create(default(T)!);
}

/// <summary>A list input: plain values, inputs and outputs mixed, as generated args use for arrays.</summary>
public sealed class InputList<T> : Input<ImmutableArray<T>>, IEnumerable
{
    private readonly List<Input<T>> _items;

    public InputList() : this(new List<Input<T>>()) { }

    private InputList(List<Input<T>> items) : base(() => Output.All(items.ToArray())) => _items = items;

    public void Add(params Input<T>[] inputs) => _items.AddRange(inputs);

    /// <summary>The items, for merging option lists (the real SDK concatenates the two lists' outputs).</summary>
    internal IReadOnlyList<Input<T>> Items => _items;

    public static implicit operator InputList<T>(Input<T>[] values) => new(values.ToList());

    IEnumerator IEnumerable.GetEnumerator() => throw new NotSupportedException("The real InputList enumerates asynchronously; read it through ToOutput().");
}

/// <summary>A map input, as generated args use for tags, templates and models.</summary>
public sealed class InputMap<V> : Input<ImmutableDictionary<string, V>>, IEnumerable
{
    private readonly Dictionary<string, Input<V>> _items;

    public InputMap() : this(new Dictionary<string, Input<V>>()) { }

    private InputMap(Dictionary<string, Input<V>> items) : base(() => Resolve(items)) => _items = items;

    public void Add(string key, Input<V> value) => _items.Add(key, value);

    public Input<V> this[string key]
    {
        set => _items[key] = value;
    }

    private static Output<ImmutableDictionary<string, V>> Resolve(Dictionary<string, Input<V>> items)
    {
        var keys = items.Keys.ToList();
        return Output.All(keys.Select(k => items[k]).ToArray())
            .Apply(values => keys.Zip(values).ToImmutableDictionary(kv => kv.First, kv => kv.Second));
    }

    IEnumerator IEnumerable.GetEnumerator() => throw new NotSupportedException("The real InputMap enumerates asynchronously; read it through ToOutput().");
}

/// <summary>Untyped view of a union: the value it holds (the real SDK serializes a union as that value).</summary>
internal interface IUnion
{
    object? Value { get; }
}

/// <summary>One of two types, as generated args use for e.g. a policy given as JSON text or as a document.</summary>
public readonly struct Union<T0, T1> : IUnion
{
    public T0 AsT0 { get; }
    public T1 AsT1 { get; }
    public bool IsT0 { get; }

    private Union(T0 t0, T1 t1, bool isT0) => (AsT0, AsT1, IsT0) = (t0, t1, isT0);

    public static Union<T0, T1> FromT0(T0 input) => new(input, default!, true);
    public static Union<T0, T1> FromT1(T1 input) => new(default!, input, false);

    object? IUnion.Value => IsT0 ? AsT0 : AsT1;
}

/// <summary>An input of one of two types.</summary>
public sealed class InputUnion<T0, T1> : Input<Union<T0, T1>>
{
    private InputUnion(Output<Union<T0, T1>> output) : base(() => output) { }

    public static implicit operator InputUnion<T0, T1>(T0 value) => new(Output.Create(Union<T0, T1>.FromT0(value)));

    public static implicit operator InputUnion<T0, T1>(T1 value) => new(Output.Create(Union<T0, T1>.FromT1(value)));

    public static implicit operator InputUnion<T0, T1>(Output<T0> value) => new(value.Apply(Union<T0, T1>.FromT0));

    public static implicit operator InputUnion<T0, T1>(Output<T1> value) => new(value.Apply(Union<T0, T1>.FromT1));
}
