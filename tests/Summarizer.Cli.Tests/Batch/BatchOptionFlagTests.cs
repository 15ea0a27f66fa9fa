using System.Globalization;
using Summarizer.Contract;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Batch;

/// <summary><c>summarizer batch</c>'s option flags follow the batch options' shared rules, value for value, in the
/// <c>--flag=value</c> form the worker's script passes them (one argument, whatever the value looks like).</summary>
public class BatchOptionFlagTests
{
    private static IEnumerable<BatchOptionSamples.Sample> Samples => BatchOptionSamples.All;

    [TestCaseSource(nameof(Samples))]
    public void A_flag_takes_exactly_the_values_its_rule_accepts_and_names_the_rule_otherwise(BatchOptionSamples.Sample sample)
    {
        // --keep-columns is a flag: given without a value (also as "--keep-columns=") it means true.
        Assume.That(sample.Option == BatchOptionRules.KeepColumns && sample.Value == "", Is.False);
        var parse = CliApp.CreateRoot().Parse(["batch", "in.csv", "out.csv", $"{sample.Option.Flag}={sample.Value}"]);
        if (sample.Accepted)
        {
            Assert.That(parse.Errors, Is.Empty);
            Assert.That(Invariant(parse.GetValue<object>(sample.Option.Flag)), Is.EqualTo(Invariant(Typed(sample))), "the value arrives verbatim");
            return;
        }
        Assert.That(parse.Errors, Is.Not.Empty);
        // The parser itself refuses an empty value, and a bool flag's word it cannot read; every other value reaches the rule.
        if (sample.Value != "" && sample.Option != BatchOptionRules.KeepColumns)
            Assert.That(parse.Errors.Select(e => e.Message), Has.Some.EqualTo($"{sample.Option.Flag} must be {sample.Option.Accepted}."));
    }

    private static object Typed(BatchOptionSamples.Sample sample) =>
        sample.Option == BatchOptionRules.Ratio ? double.Parse(sample.Value, CultureInfo.InvariantCulture)
        : sample.Option == BatchOptionRules.Sentences ? int.Parse(sample.Value, CultureInfo.InvariantCulture)
        : sample.Option == BatchOptionRules.KeepColumns ? sample.Value == "true"
        : sample.Value;

    private static string? Invariant(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture);

    [Test]
    public void Keep_columns_alone_still_means_true()
    {
        var parse = CliApp.CreateRoot().Parse(["batch", "in.csv", "out.csv", BatchOptionRules.KeepColumns.Flag]);
        Assert.That(parse.Errors, Is.Empty);
        Assert.That(parse.GetValue<bool>(BatchOptionRules.KeepColumns.Flag), Is.True);
    }
}
