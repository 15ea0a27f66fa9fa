namespace Summarizer.Contract;

/// <summary>
/// One option of a batch job, named as each place that sets it names it, with its one rule. The rule is the same
/// wherever a value comes from: <c>summarizer batch</c>'s flag, the stack's config key (checked at <c>pulumi up</c>),
/// an upload's S3 metadata key (checked by the batch workflow before the worker starts) and the SSM document's
/// parameter (whose <c>allowedPattern</c> is <see cref="Fence"/>, the last fence).
/// </summary>
/// <param name="Flag">The <c>summarizer batch</c> flag, e.g. <c>--text-column</c>.</param>
/// <param name="ConfigKey">The key in the <c>summarizer</c> config namespace, e.g. <c>textColumn</c>.</param>
/// <param name="MetadataKey">The S3 user-metadata key of an upload (S3 stores keys in lower case), e.g. <c>text-column</c>.</param>
/// <param name="DocumentParameter">The SSM document's parameter (the script reads <c>SSM_&lt;name&gt;</c>), e.g. <c>TextColumn</c>.</param>
/// <param name="Accepted">What the rule accepts, worded to follow "must be", e.g. "a whole number from 1 to 1000".</param>
/// <param name="Shape">The regular expression every accepted text matches (without anchors); numbers also have a range.</param>
/// <param name="InRange">The rest of the rule for a text of the right <see cref="Shape"/> (a number's range), or null.</param>
/// <param name="Optional">Unset means the engine's default (the length options): the document takes an empty value.</param>
public sealed record BatchOption(
    string Flag,
    string ConfigKey,
    string MetadataKey,
    string DocumentParameter,
    string Accepted,
    string Shape,
    Func<string, bool>? InRange = null,
    bool Optional = false)
{
    private readonly System.Text.RegularExpressions.Regex _whole =
        new(@"\A(?:" + Shape + @")\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="text"/> is an accepted value (exactly the text, no trimming).</summary>
    public bool Accepts(string? text) => text is not null && _whole.IsMatch(text) && (InRange?.Invoke(text) ?? true);

    /// <summary>The SSM document's <c>allowedPattern</c>: <see cref="Shape"/> anchored, empty allowed for an optional
    /// option. A fence, not the rule: it does not check a number's range.</summary>
    public string Fence => Optional ? $"^({Shape})?$" : $"^({Shape})$";
}
