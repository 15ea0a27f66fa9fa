using System.CommandLine;
using System.Globalization;
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
        Description = $"Summarization method: {string.Join(", ", SummaryMethods.Names)}. Default: {SummaryMethods.Default}.",
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
        // The batch options' shared rules (BatchOptionRules): the same for every command, the stack's config and uploads.
        Sentences.CustomParser = OptionParsers.Rule<int?>(BatchOptionRules.Sentences, t => int.Parse(t, CultureInfo.InvariantCulture));
        Ratio.CustomParser = OptionParsers.Rule<double?>(BatchOptionRules.Ratio, t => double.Parse(t, CultureInfo.InvariantCulture));
        Method.CustomParser = OptionParsers.Rule<string?>(BatchOptionRules.Method, t => t);
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
