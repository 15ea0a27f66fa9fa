using System.Text.RegularExpressions;
using Summarizer.Contract;
using Summarizer.Testing;

namespace Summarizer.Contract.Tests;

public class BatchOptionRulesTests
{
    private static IEnumerable<BatchOptionSamples.Sample> Samples => BatchOptionSamples.All;

    [TestCaseSource(nameof(Samples))]
    public void Each_option_accepts_exactly_what_its_rule_says(BatchOptionSamples.Sample sample) =>
        Assert.That(sample.Option.Accepts(sample.Value), Is.EqualTo(sample.Accepted));

    [TestCaseSource(nameof(Samples))]
    public void The_document_fence_lets_every_accepted_value_through(BatchOptionSamples.Sample sample)
    {
        // The SSM fence is the last fence, not the rule: it must never refuse what the workflow has let through.
        if (sample.Accepted)
            Assert.That(Regex.IsMatch(sample.Value, sample.Option.Fence), Is.True, sample.Option.Fence);
    }

    [Test]
    public void Every_option_is_sampled_accepted_and_refused()
    {
        foreach (var option in BatchOptionRules.All)
        {
            Assert.That(BatchOptionSamples.Of(option).Where(s => s.Accepted), Is.Not.Empty, option.ConfigKey);
            Assert.That(BatchOptionSamples.Of(option).Where(s => !s.Accepted), Is.Not.Empty, option.ConfigKey);
        }
    }

    [Test]
    public void The_optional_fences_also_take_the_empty_value_that_means_unset()
    {
        Assert.That(BatchOptionRules.All.Where(o => Regex.IsMatch("", o.Fence)), Is.EquivalentTo(new[] { BatchOptionRules.Sentences, BatchOptionRules.Ratio }));
    }

    [Test]
    public void Each_option_has_one_name_in_each_place()
    {
        foreach (var names in new Func<BatchOption, string>[] { o => o.Flag, o => o.ConfigKey, o => o.MetadataKey, o => o.DocumentParameter })
            Assert.That(BatchOptionRules.All.Select(names), Is.Unique);
        // S3 returns user-metadata keys in lower case: a key with a capital could never be found.
        Assert.That(BatchOptionRules.All.Select(o => o.MetadataKey), Is.EqualTo(BatchOptionRules.All.Select(o => o.MetadataKey.ToLowerInvariant())));
    }

    [Test]
    public void The_default_columns_follow_the_column_rule()
    {
        Assert.That(BatchOptionRules.IdColumn.Accepts(BatchOptionRules.DefaultIdColumn));
        Assert.That(BatchOptionRules.TextColumn.Accepts(BatchOptionRules.DefaultTextColumn));
        Assert.That(BatchOptionRules.Method.Accepts(SummaryMethods.Default));
    }
}
