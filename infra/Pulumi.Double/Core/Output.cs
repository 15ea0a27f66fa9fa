using System.Collections.Immutable;
using Pulumi.Testing;

namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Core/Output.cs (Output<T> and the static Output helpers): only the members
// the program and its tests use, same names and signatures. The double resolves everything synchronously, so an
// output's value, known-ness and secrecy are there when it is created; the rules are the real SDK's:
// - a value is unknown only when the engine (here: a mock) gave none during a preview, or when it is derived from
//   an unknown one;
// - during a preview Apply does not run its function on an unknown value (the result is unknown); during an update
//   it runs it with the default value (OutputData/ApplyHelperAsync);
// - a secret taints everything derived from it.

/// <summary>Untyped view of an output, as the serializer needs it (the real SDK has the same internal interface).</summary>
internal interface IOutput
{
    object? UntypedValue { get; }
    bool IsKnown { get; }
    bool IsSecret { get; }
}

/// <summary>A value that a resource provides after deployment, possibly unknown (preview) or secret.</summary>
public sealed class Output<T> : IOutput
{
    internal T Value { get; }
    internal bool IsKnown { get; }
    internal bool IsSecret { get; }

    internal Output(T value, bool isKnown, bool isSecret)
    {
        Value = value;
        IsKnown = isKnown;
        IsSecret = isSecret;
    }

    object? IOutput.UntypedValue => Value;
    bool IOutput.IsKnown => IsKnown;
    bool IOutput.IsSecret => IsSecret;

    internal static Output<T> Unknown(bool isSecret = false) => new(default!, isKnown: false, isSecret);

    public Output<U> Apply<U>(Func<T, U> func) => Apply(t => Output.Create(func(t)));

    public Output<U> Apply<U>(Func<T, Input<U>?> func) => Apply(t => InputExtensions.ToOutput(func(t)));

    public Output<U> Apply<U>(Func<T, Output<U>?> func)
    {
        // During previews only, an unknown value is not given to the function (ApplyHelperAsync).
        if (!IsKnown && DoubleRun.Current.IsPreview) return Output<U>.Unknown(IsSecret);
        var inner = func(Value);
        return inner is null
            ? new(default!, IsKnown, IsSecret)
            : new(inner.Value, IsKnown && inner.IsKnown, IsSecret || inner.IsSecret);
    }

    public override string ToString() =>
        "Calling [ToString] on an [Output<T>] is not supported; use Apply or Output.Format (same message as the real SDK).";
}

/// <summary>Creating and combining outputs.</summary>
public static class Output
{
    public static Output<T> Create<T>(T value) => new(value, isKnown: true, isSecret: false);

    public static Output<T> CreateSecret<T>(T value) => new(value, isKnown: true, isSecret: true);

    public static Output<T> CreateSecret<T>(Output<T> value) => new(value.Value, value.IsKnown, isSecret: true);

    /// <summary>Whether the output is secret (public in the real SDK too: Output.IsSecretAsync).</summary>
    public static Task<bool> IsSecretAsync<T>(Output<T> output) => Task.FromResult(output.IsSecret);

    public static Output<ImmutableArray<T>> All<T>(params Input<T>[] inputs) => All(inputs.AsEnumerable());

    public static Output<ImmutableArray<T>> All<T>(params Output<T>[] outputs) => All(outputs.Select(o => (Input<T>)o));

    public static Output<ImmutableArray<T>> All<T>(IEnumerable<Input<T>> inputs)
    {
        var outputs = inputs.Select(i => i.ToOutput()).ToList();
        return new(outputs.Select(o => o.Value).ToImmutableArray(), outputs.All(o => o.IsKnown), outputs.Any(o => o.IsSecret));
    }

    public static Output<(T1, T2)> Tuple<T1, T2>(Output<T1> item1, Output<T2> item2) =>
        new((item1.Value, item2.Value), item1.IsKnown && item2.IsKnown, item1.IsSecret || item2.IsSecret);

    public static Output<(T1, T2)> Tuple<T1, T2>(Input<T1> item1, Input<T2> item2) =>
        Tuple(item1.ToOutput(), item2.ToOutput());

    public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Output<T1> item1, Output<T2> item2, Output<T3> item3) =>
        Tuple((Input<T1>)item1, (Input<T2>)item2, (Input<T3>)item3);

    public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Input<T1> item1, Input<T2> item2, Input<T3> item3)
    {
        var (o1, o2, o3) = (item1.ToOutput(), item2.ToOutput(), item3.ToOutput());
        return new((o1.Value, o2.Value, o3.Value), o1.IsKnown && o2.IsKnown && o3.IsKnown, o1.IsSecret || o2.IsSecret || o3.IsSecret);
    }

    /// <summary>Interpolates outputs (and inputs, and plain values) into a string output.</summary>
    public static Output<string> Format(FormattableString formattableString)
    {
        var arguments = formattableString.GetArguments().Select(a => a is IInput input ? input.ToUntypedOutput() : a).ToArray();
        var outputs = arguments.OfType<IOutput>().ToList();
        var values = arguments.Select(a => a is IOutput o ? o.UntypedValue : a).ToArray();
        bool known = outputs.All(o => o.IsKnown), secret = outputs.Any(o => o.IsSecret);
        // Format is All(...).Apply(...) in the real SDK: an unknown hole skips the formatting during a preview.
        if (!known && DoubleRun.Current.IsPreview) return Output<string>.Unknown(secret);
        return new(string.Format(formattableString.Format, values), known, secret);
    }
}
