namespace Pulumi.Aws.Lambda;

// Mirrors pulumi/pulumi-aws sdk/dotnet/Lambda/Enums.cs (Pulumi.Aws 7.x): the Runtime enum type, the second member
// of FunctionArgs.Runtime's InputUnion. The program passes the runtime as a string ("provided.al2023"), the
// union's first member, which works whether or not a given provider release lists it in the enum.

/// <summary>A Lambda managed runtime.</summary>
public readonly struct Runtime : IEquatable<Runtime>
{
    private readonly string _value;

    private Runtime(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    public static Runtime Dotnet8 { get; } = new("dotnet8");

    public bool Equals(Runtime other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Runtime other && Equals(other);

    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}
