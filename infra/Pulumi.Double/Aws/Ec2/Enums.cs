namespace Pulumi.Aws.Ec2;

// Mirrors pulumi/pulumi-aws sdk/dotnet/Ec2/Enums.cs (Pulumi.Aws 7.x): the InstanceType enum type, the second
// member of InstanceArgs.InstanceType's InputUnion. The program passes the type as a string from config.

/// <summary>An EC2 instance type.</summary>
public readonly struct InstanceType : IEquatable<InstanceType>
{
    private readonly string _value;

    private InstanceType(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    public static InstanceType T3_Micro { get; } = new("t3.micro");

    public bool Equals(InstanceType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is InstanceType other && Equals(other);

    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public override string ToString() => _value;
}
