using System.CommandLine;
using Summarizer.Contract;
using Summarizer.Engine;

namespace Summarizer.Cli.Commands;

/// <summary>The length, method and embeddings options that `batch`, `text` and `serve` share, with their
/// checks (the same ranges as the POST /summarize contract).</summary>
public sealed class SummaryOptionSet
{
    public Option<int?> Sentences { get; } = new("--sentences")
    {
        Description = $"Sentences per summary ({ContractLimits.MinSentences}-{ContractLimits.MaxSentences}). Default: ceil(sqrt(number of sentences)).",
        HelpName = "N",
    };

    public Option<double?> Ratio { get; } = new("--ratio")
    {
        Description = "Share of the input's sentences to keep, above 0 and at most 1 (instead of --sentences).",
        HelpName = "R",
    };

    public Option<string?> Method { get; } = new("--method")
    {
        Description = $"Summarization method: {string.Join(", ", SummarizerEngine.Methods)}. Default: {SummarizerEngine.DefaultMethod}.",
        HelpName = "M",
    };

    public Option<string?> Embeddings { get; } = new("--embeddings")
    {
        Description = "Word vectors instead of the bundled ones: a GloVe text file (any dimension) or a binary file made by `summarizer embeddings`.",
        HelpName = "PATH",
    };

    public SummaryOptionSet(bool lengthAndMethod = true)
    {
        IncludesLengthAndMethod = lengthAndMethod;
        Sentences.CustomParser = OptionParsers.Int(ContractLimits.MinSentences, ContractLimits.MaxSentences,
            $"--sentences must be a whole number from {ContractLimits.MinSentences} to {ContractLimits.MaxSentences}.");
        Ratio.CustomParser = OptionParsers.Double(
            x => double.IsFinite(x) && x > ContractLimits.MinRatioExclusive && x <= ContractLimits.MaxRatio,
            "--ratio must be a number above 0 and at most 1.");
        Method.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is string m && !SummarizerEngine.IsKnownMethod(m))
                r.AddError($"Unknown --method '{m}'; choose one of: {string.Join(", ", SummarizerEngine.Methods)}.");
        });
    }

    public bool IncludesLengthAndMethod { get; }

    public void AddTo(Command command)
    {
        if (IncludesLengthAndMethod)
        {
            command.Add(Sentences);
            command.Add(Ratio);
            command.Add(Method);
            command.Validators.Add(r =>
            {
                if (r.GetResult(Sentences) is { Implicit: false } && r.GetResult(Ratio) is { Implicit: false })
                    r.AddError("Give either --sentences or --ratio, not both.");
            });
        }
        command.Add(Embeddings);
    }

    public SummaryOptions Read(ParseResult parse) =>
        new(parse.GetValue(Sentences), parse.GetValue(Ratio), parse.GetValue(Method));

    /// <summary>Loads the engine: the bundled embeddings, or the --embeddings file.</summary>
    public SummarizerEngine LoadEngine(ParseResult parse) =>
        parse.GetValue(Embeddings) is { } path
            ? EmbeddingsInput.Open(path, SummarizerEngine.Load)
            : SummarizerEngine.LoadDefault();
}
