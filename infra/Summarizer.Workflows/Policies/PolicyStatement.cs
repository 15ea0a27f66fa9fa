namespace Summarizer.Workflows.Policies;

/// <summary>One Allow statement of the execution role's policy: one IAM action on the resources it needs.</summary>
public sealed record PolicyStatement(string Action, IReadOnlyList<string> Resources)
{
    public bool Equals(PolicyStatement? other) =>
        other is not null && Action == other.Action && Resources.SequenceEqual(other.Resources);

    public override int GetHashCode() => HashCode.Combine(Action, Resources.Count);

    public override string ToString() => $"{Action} on {string.Join(", ", Resources)}";
}

/// <summary>One IAM action on one resource that a Task state needs (before grouping into statements).</summary>
public sealed record Permission(string Action, string Resource);
