using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Contract;

/// <summary>
/// The batch job's options and their rules, defined once: <c>summarizer batch</c> parses its flags with them, the
/// Pulumi program checks the stack's defaults with them, the SSM document's fences are generated from them, and the
/// batch workflow's checks of an upload's metadata are rendered from the same constants (and held to the same table of
/// values by the tests). Every rule takes the text exactly as given: no trimming, no case folding.
/// </summary>
public static class BatchOptionRules
{
    /// <summary>The longest column name: 2,048 characters. S3 limits an object's user metadata to 2 KB (keys and values
    /// together, https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingMetadata.html), so a column name an upload
    /// can carry is never longer, and the workflow needs no length check S3 has not already made.</summary>
    public const int MaxColumnNameLength = 2048;

    /// <summary>The characters no option value may hold: the C0 controls and DEL (what the SSM fences refuse).</summary>
    public static readonly string ControlCharacters =
        new string(Enumerable.Range(0, 0x20).Select(c => (char)c).ToArray()) + "\u007f";

    public const string DefaultIdColumn = "Id";
    public const string DefaultTextColumn = "Text";

    public static BatchOption IdColumn { get; } = Column("--id-column", "idColumn", "id-column", "IdColumn");
    public static BatchOption TextColumn { get; } = Column("--text-column", "textColumn", "text-column", "TextColumn");

    public static BatchOption KeepColumns { get; } = new("--keep-columns", "keepColumns", "keep-columns", "KeepColumns",
        "true or false", "true|false");

    public static BatchOption Method { get; } = new("--method", "method", "method", "Method",
        $"one of {string.Join(", ", SummaryMethods.Names)}", string.Join('|', SummaryMethods.Names.Select(Regex.Escape)));

    public static BatchOption Sentences { get; } = new("--sentences", "sentences", "sentences", "Sentences",
        $"a whole number from {ContractLimits.MinSentences} to {ContractLimits.MaxSentences}, in plain digits",
        // Plain digits without a leading zero, no longer than the largest value.
        $"[1-9][0-9]{{0,{ContractLimits.MaxSentences.ToString(CultureInfo.InvariantCulture).Length - 1}}}",
        text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n >= ContractLimits.MinSentences && n <= ContractLimits.MaxSentences,
        Optional: true);

    public static BatchOption Ratio { get; } = new("--ratio", "ratio", "ratio", "Ratio",
        "a number above 0 and at most 1, written like 0.25 or 1",
        // Digits with at most one point, starting 0 or 1: exactly the JSON numbers from 0 to 1.x, without exponent.
        @"[01](\.[0-9]+)?",
        text => double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double r)
            && r > ContractLimits.MinRatioExclusive && r <= ContractLimits.MaxRatio,
        Optional: true);

    /// <summary>Every option, in the order the README and the manifest list them.</summary>
    public static IReadOnlyList<BatchOption> All { get; } = [IdColumn, TextColumn, KeepColumns, Method, Sentences, Ratio];

    /// <summary>The summary's length is one choice: a number of sentences, or a ratio.</summary>
    public const string OneLength = "either sentences or ratio, not both";

    private static BatchOption Column(string flag, string configKey, string metadataKey, string parameter) =>
        new(flag, configKey, metadataKey, parameter,
            $"a column name of 1 to {MaxColumnNameLength.ToString("N0", CultureInfo.InvariantCulture)} characters without control characters",
            $@"[^\x00-\x1f\x7f]{{1,{MaxColumnNameLength}}}");
}
