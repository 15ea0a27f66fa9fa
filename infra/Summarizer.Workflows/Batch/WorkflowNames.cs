using Summarizer.Workflows.Policies;

namespace Summarizer.Workflows.Batch;

/// <summary>
/// How the batch and clean-up workflows name each other. Each execution is known to the other workflow (job list,
/// slots, stop and publish claims, job records) by its tag <c>&lt;machine tag&gt;:&lt;execution name&gt;</c>, and Step
/// Functions is asked about it at <see cref="ExecutionArnPrefix"/> + tag. So both state machines must be named
/// <see cref="Prefix"/> + their tag (<see cref="BatchStateMachine"/>, <see cref="CleanupStateMachine"/>), and the
/// execution role may describe exactly the executions of these two machines.
/// </summary>
/// <param name="Prefix">Common prefix of both state machine names, e.g. <c>summarizer-dev-</c>.</param>
public sealed record WorkflowNames(string Prefix)
{
    /// <summary>Tag of the batch machine: its name is <see cref="Prefix"/> + this.</summary>
    public const string BatchTag = "batch";

    /// <summary>Tag of the clean-up (and reconciler) machine: its name is <see cref="Prefix"/> + this.</summary>
    public const string CleanupTag = "cleanup";

    public string BatchStateMachine => Prefix + BatchTag;
    public string CleanupStateMachine => Prefix + CleanupTag;

    /// <summary>Step Functions' longest state machine name (CreateStateMachine: 1-80 characters).</summary>
    public const int MaxNameLength = 80;

    /// <summary>Why Step Functions would refuse these names or not log their executions, or null: a name may hold at most
    /// <see cref="MaxNameLength"/> characters, and one with a character other than 0-9, A-Z, a-z, - and _ gets no
    /// CloudWatch logs (CreateStateMachine, "name").</summary>
    public string? Problem()
    {
        var longest = new[] { BatchStateMachine, CleanupStateMachine }.MaxBy(n => n.Length)!;
        if (longest.Length > MaxNameLength) return $"the state machine name '{longest}' would have {longest.Length} characters, and Step Functions allows {MaxNameLength}";
        if (!System.Text.RegularExpressions.Regex.IsMatch(Prefix, "^[A-Za-z0-9_-]+$"))
            return $"the state machine name '{BatchStateMachine}' would hold a character other than letters, digits, - and _, and Step Functions would not log its executions";
        return null;
    }

    /// <summary><c>arn:&lt;partition&gt;:states:&lt;region&gt;:&lt;account&gt;:execution:&lt;prefix&gt;</c>: a tag appended to it
    /// is the execution's ARN.</summary>
    public string ExecutionArnPrefix(AwsScope scope) => scope.Arn("states", $"execution:{Prefix}");
}
