using System.Collections.Immutable;

namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Core/Output.cs (Output<T> and the static Output helpers) and
// sdk/Pulumi/Core/OutputExtensions.cs. Only the members the program uses, same names and signatures.
// The double has no engine and no unknown values: every output is known when created, so Apply runs at once;
// secrecy is tracked exactly as the real SDK does (a secret taints everything derived from it).

/// <summary>A value that a resource provides after deployment, possibly secret.</summary>
public sealed class Output<T>
{
    internal T Value { get; }
    internal bool IsSecret { get; }

    internal Output(T value, bool isSecret)
    {
        Value = value;
        IsSecret = isSecret;
    }

    public Output<U> Apply<U>(Func<T, U> func) => new(func(Value), IsSecret);

    public Output<U> Apply<U>(Func<T, Task<U>> func) => new(func(Value).GetAwaiter().GetResult(), IsSecret);

    public Output<U> Apply<U>(Func<T, Input<U>?> func)
    {
        var inner = func(Value)?.ToOutput();
        return inner is null ? new(default!, IsSecret) : new(inner.Value, IsSecret || inner.IsSecret);
    }

    public Output<U> Apply<U>(Func<T, Output<U>?> func)
    {
        var inner = func(Value);
        return inner is null ? new(default!, IsSecret) : new(inner.Value, IsSecret || inner.IsSecret);
    }

    public override string ToString() =>
        "Calling [ToString] on an [Output<T>] is not supported; use Apply or Output.Format (same message as the real SDK).";
}

/// <summary>Creating and combining outputs.</summary>
public static class Output
{
    public static Output<T> Create<T>(T value) => new(value, false);

    public static Output<T> Create<T>(Task<T> value) => new(value.GetAwaiter().GetResult(), false);

    public static Output<T> CreateSecret<T>(T value) => new(value, true);

    public static Output<T> CreateSecret<T>(Output<T> value) => new(value.Value, true);

    public static Task<bool> IsSecretAsync<T>(Output<T> output) => Task.FromResult(output.IsSecret);

    public static Output<ImmutableArray<T>> All<T>(params Input<T>[] inputs) => All(inputs.AsEnumerable());

    public static Output<ImmutableArray<T>> All<T>(params Output<T>[] outputs) => All(outputs.Select(o => (Input<T>)o));

    public static Output<ImmutableArray<T>> All<T>(IEnumerable<Input<T>> inputs)
    {
        var outputs = inputs.Select(i => i.ToOutput()).ToList();
        return new(outputs.Select(o => o.Value).ToImmutableArray(), outputs.Any(o => o.IsSecret));
    }

    public static Output<(T1, T2)> Tuple<T1, T2>(Output<T1> item1, Output<T2> item2) =>
        new((item1.Value, item2.Value), item1.IsSecret || item2.IsSecret);

    public static Output<(T1, T2)> Tuple<T1, T2>(Input<T1> item1, Input<T2> item2) =>
        Tuple(item1.ToOutput(), item2.ToOutput());

    public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Output<T1> item1, Output<T2> item2, Output<T3> item3) =>
        Tuple((Input<T1>)item1, (Input<T2>)item2, (Input<T3>)item3);

    public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Input<T1> item1, Input<T2> item2, Input<T3> item3)
    {
        var (o1, o2, o3) = (item1.ToOutput(), item2.ToOutput(), item3.ToOutput());
        return new((o1.Value, o2.Value, o3.Value), o1.IsSecret || o2.IsSecret || o3.IsSecret);
    }

    /// <summary>Interpolates outputs (and inputs, and plain values) into a string output.</summary>
    public static Output<string> Format(FormattableString formattableString)
    {
        var secret = false;
        var args = formattableString.GetArguments().Select(a =>
        {
            var (value, isSecret) = Unwrap(a);
            secret |= isSecret;
            return value;
        }).ToArray();
        return new(string.Format(System.Globalization.CultureInfo.InvariantCulture, formattableString.Format, args), secret);
    }

    // An Output<X> or Input<X> argument of Format: its value and secrecy, found without knowing X statically.
    private static (object? Value, bool IsSecret) Unwrap(object? argument)
    {
        if (argument is IInput input) argument = input.ToUntypedOutput();
        if (argument is not null && argument.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(Output<>))
        {
            var value = t.GetProperty(nameof(Output<int>.Value), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(argument);
            var secret = (bool)t.GetProperty(nameof(Output<int>.IsSecret), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(argument)!;
            return (value, secret);
        }
        return (argument, false);
    }
}
