using System.Collections;
using System.Collections.Immutable;
using System.Reflection;

namespace Pulumi.Serialization;

// Double-only, after pulumi/pulumi-dotnet sdk/Pulumi/Serialization/Serializer.cs, Deserializer.cs and Converter.cs:
// what Pulumi's wire format does to values on their way to a mock and back, without the protobuf in between.
// Serialize turns args, inputs and a mock's returned state into the wire's shapes (null, bool, double, string,
// ImmutableArray<object?>, ImmutableDictionary<string, object?>, assets), marking unknown and secret values;
// ForMock gives a mock the view MockMonitor gives it; Convert reads a value back into an output's type.

/// <summary>A value only a deployment can tell (the wire's unknown sentinel).</summary>
internal sealed class Unknown
{
    public static readonly Unknown Value = new();
    private Unknown() { }
}

/// <summary>A secret value on the wire.</summary>
internal sealed record Secret(object? Value);

internal static class WireFormat
{
    /// <summary>The args a mock sees: every [Input] member that is set and known, by its provider name.</summary>
    public static ImmutableDictionary<string, object> ForMock(InputArgs args) => ForMock(SerializeArgs(args));

    /// <summary>MockMonitor.ToDictionary: unknown and null properties are left out, secrets unwrapped.</summary>
    public static ImmutableDictionary<string, object> ForMock(ImmutableDictionary<string, object?> serialized)
    {
        var result = ImmutableDictionary.CreateBuilder<string, object>();
        foreach (var (key, value) in serialized)
            if (Plain(value) is (true, { } plain)) result.Add(key, plain);
        return result.ToImmutable();
    }

    /// <summary>Whether any property is unknown (the real SDK does not call a provider function with unknown args).</summary>
    public static bool HasUnknowns(ImmutableDictionary<string, object?> serialized) => serialized.Values.Any(v => !Plain(v).Known);

    /// <summary>An args object on the wire: its [Input] fields and properties by name, nulls left out (InputArgs.ToDictionaryAsync).</summary>
    public static ImmutableDictionary<string, object?> SerializeArgs(InputArgs args)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
        var members = args.GetType().GetFields(all).Cast<MemberInfo>().Concat(args.GetType().GetProperties(all));
        var result = ImmutableDictionary.CreateBuilder<string, object?>();
        foreach (var member in members)
        {
            if (member.GetCustomAttribute<InputAttribute>() is not { } input) continue;
            var value = member is FieldInfo f ? f.GetValue(args) : ((PropertyInfo)member).GetValue(args);
            if (input.IsRequired && value is null)
                throw new ArgumentNullException(member.Name, $"[Input] {args.GetType().FullName}.{member.Name} is required but was not given a value");
            if (input.Json)
                throw new NotSupportedException($"[Input] {args.GetType().FullName}.{member.Name}: JSON inputs are not mirrored by the double (InputArgs.ConvertToJson).");
            if (Serialize(value) is { } serialized) result[input.Name] = serialized;
        }
        return result.ToImmutable();
    }

    /// <summary>A value on the wire (Serializer.SerializeAsync, for the shapes the program and its mocks use).</summary>
    public static object? Serialize(object? value) => value switch
    {
        null or bool or string or double or Unknown or Secret or AssetOrArchive => value,
        int i => (double)i,
        InputArgs args => SerializeArgs(args),
        IInput input => Serialize(input.ToUntypedOutput()),
        IUnion union => Serialize(union.Value),
        IOutput { IsKnown: false } => Unknown.Value,
        IOutput { IsSecret: true } output => new Secret(Serialize(output.UntypedValue)),
        IOutput output => Serialize(output.UntypedValue),
        IDictionary dictionary => SerializeDictionary(dictionary),
        IList list => IsDefaultArray(list) ? ImmutableArray<object?>.Empty : list.Cast<object?>().Select(Serialize).ToImmutableArray(),
        _ => throw new InvalidOperationException($"{value.GetType().FullName} is not a supported argument type."),
    };

    private static ImmutableDictionary<string, object?> SerializeDictionary(IDictionary dictionary)
    {
        var result = ImmutableDictionary.CreateBuilder<string, object?>();
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key) throw new InvalidOperationException("Dictionaries are only supported with string keys.");
            // Like JSON, the wire leaves out keys whose value is null.
            if (Serialize(entry.Value) is { } v) result[key] = v;
        }
        return result.ToImmutable();
    }

    // default(ImmutableArray<T>) throws on enumeration; the real serializer sends it as an empty list.
    private static bool IsDefaultArray(IList list) =>
        list.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
        && (bool)t.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(list)!;

    /// <summary>The state a mock returned, on the wire (MockMonitor.SerializeToDictionary).</summary>
    public static ImmutableDictionary<string, object?> SerializeState(object state) =>
        state is IDictionary<string, object> or IDictionary && Serialize(state) is ImmutableDictionary<string, object?> serialized
            ? serialized
            : throw new InvalidOperationException($"{state.GetType().FullName} is not a supported argument type");

    /// <summary>Deserializer.Deserialize: the plain value (secrets unwrapped), and whether all of it is known.</summary>
    private static (bool Known, object? Value) Plain(object? value)
    {
        switch (value)
        {
            case Unknown: return (false, null);
            case Secret secret: return Plain(secret.Value);
            case ImmutableDictionary<string, object?> map:
            {
                var known = true;
                var result = ImmutableDictionary.CreateBuilder<string, object?>();
                foreach (var (k, v) in map)
                {
                    var (elementKnown, plain) = Plain(v);
                    known &= elementKnown;
                    result.Add(k, plain);
                }
                return (known, result.ToImmutable());
            }
            case ImmutableArray<object?> list:
            {
                var elements = list.Select(Plain).ToList();
                return (elements.All(e => e.Known), elements.Select(e => e.Value).ToImmutableArray());
            }
            default: return (true, value);
        }
    }

    /// <summary>Converter.ConvertValue: a wire value as <paramref name="target"/>, with its known-ness and secrecy.</summary>
    public static (object? Value, bool Known, bool Secret) Convert(object? value, Type target, string context)
    {
        switch (value)
        {
            case Unknown: return (Default(target), false, false);
            case Secret secret:
                var inner = Convert(secret.Value, target, context);
                return (inner.Value, inner.Known, true);
            case null: return (Default(target), true, false);
        }
        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (type == typeof(string) && value is string) return (value, true, false);
        if (type == typeof(bool) && value is bool) return (value, true, false);
        if (type == typeof(double) && value is double) return (value, true, false);
        if (type == typeof(int) && value is double d) return ((int)d, true, false);
        if (typeof(AssetOrArchive).IsAssignableFrom(type) && type.IsInstanceOfType(value)) return (value, true, false);
        if (type.GetCustomAttribute<OutputTypeAttribute>() is not null && value is ImmutableDictionary<string, object?> fields)
            return ConvertOutputType(fields, type, context);
        throw new InvalidOperationException(
            $"{context}: the double cannot read a {value.GetType().Name} as {target.Name} (the real SDK would log a warning " +
            "and leave it at its default); return the type the provider would.");
    }

    // An [OutputType] class from its [OutputConstructor]'s parameters, matched by name to the fields.
    private static (object? Value, bool Known, bool Secret) ConvertOutputType(ImmutableDictionary<string, object?> fields, Type type, string context)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Single(c => c.GetCustomAttribute<OutputConstructorAttribute>() is not null);
        bool known = true, secret = false;
        var arguments = constructor.GetParameters().Select(p =>
        {
            var (v, k, s) = Convert(fields.GetValueOrDefault(p.Name!), p.ParameterType, $"{context}.{p.Name}");
            known &= k;
            secret |= s;
            return v;
        }).ToArray();
        return (constructor.Invoke(arguments), known, secret);
    }

    private static object? Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;
}
