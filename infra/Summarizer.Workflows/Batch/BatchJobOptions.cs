using System.Globalization;
using Summarizer.Contract;

namespace Summarizer.Workflows.Batch;

/// <summary>
/// The options of a batch job, as <c>summarizer batch</c> takes them (<see cref="BatchOptionRules"/>): the stack's
/// defaults (config <c>summarizer:idColumn</c> ... <c>summarizer:ratio</c>), which an upload's S3 metadata may override
/// one by one. At most one of <see cref="Sentences"/> and <see cref="Ratio"/>; neither means the engine's default length.
/// </summary>
public sealed record BatchJobOptions(
    string IdColumn = BatchOptionRules.DefaultIdColumn,
    string TextColumn = BatchOptionRules.DefaultTextColumn,
    bool KeepColumns = false,
    string Method = SummaryMethods.Hybrid,
    int? Sentences = null,
    double? Ratio = null)
{
    public static BatchJobOptions Default { get; } = new();

    /// <summary>Each option as the text its rule takes (and the SSM document's parameter carries), by option; the
    /// length options unset are empty.</summary>
    public IReadOnlyDictionary<BatchOption, string> Texts() => new Dictionary<BatchOption, string>
    {
        [BatchOptionRules.IdColumn] = IdColumn,
        [BatchOptionRules.TextColumn] = TextColumn,
        [BatchOptionRules.KeepColumns] = KeepColumns ? "true" : "false",
        [BatchOptionRules.Method] = Method,
        [BatchOptionRules.Sentences] = Sentences?.ToString(CultureInfo.InvariantCulture) ?? "",
        // Plain decimals, never an exponent (1E-05 is not a ratio the rule takes).
        [BatchOptionRules.Ratio] = Ratio?.ToString("0.################", CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Refuses options their rules refuse (the stack's config is checked with the same rules at <c>pulumi up</c>).</summary>
    /// <exception cref="ArgumentException">An option its rule refuses, or both lengths.</exception>
    public void Check()
    {
        foreach (var (option, text) in Texts())
            if (!(option.Optional && text.Length == 0) && !option.Accepts(text))
                throw new ArgumentException($"Batch option {option.ConfigKey} is '{text}', but it must be {option.Accepted}.");
        if (Sentences is not null && Ratio is not null)
            throw new ArgumentException($"Batch options sentences and ratio are both set; the length is {BatchOptionRules.OneLength}.");
    }
}
