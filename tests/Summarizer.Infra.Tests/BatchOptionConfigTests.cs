using System.Text.Json.Nodes;
using Pulumi.Aws.Sfn;
using Summarizer.Contract;
using Summarizer.Testing;
using Summarizer.Workflows.Batch;

namespace Summarizer.Infra.Tests;

/// <summary>The batch jobs' default options (config summarizer:idColumn ... summarizer:ratio): checked at `pulumi up`
/// by the same rules as the CLI and an upload's metadata, and rendered into the batch workflow.</summary>
public class BatchOptionConfigTests
{
    private static IEnumerable<BatchOptionSamples.Sample> Samples => BatchOptionSamples.All;

    [TestCaseSource(nameof(Samples))]
    public void A_batch_default_is_taken_exactly_when_its_rule_accepts_it(BatchOptionSamples.Sample sample)
    {
        var config = StackRun.DevConfig();
        config[$"summarizer:{sample.Option.ConfigKey}"] = sample.Value;
        if (sample.Accepted)
        {
            Assert.That(BatchOptions(config).Texts()[sample.Option], Is.EqualTo(Normalized(sample)));
            return;
        }
        var e = Assert.Throws(Is.InstanceOf<Pulumi.RunException>(), () => BatchOptions(config));
        Assert.That(e!.Message, Does.Contain($"summarizer:{sample.Option.ConfigKey}").And.Contain(sample.Option.Accepted)
            .And.Contain($"pulumi config set summarizer:{sample.Option.ConfigKey}"));
    }

    [Test]
    public void Both_lengths_stop_the_deployment_naming_both_keys()
    {
        var config = StackRun.DevConfig();
        config["summarizer:sentences"] = "2";
        config["summarizer:ratio"] = "0.5";
        var e = Assert.Throws(Is.InstanceOf<Pulumi.RunException>(), () => BatchOptions(config));
        Assert.That(e!.Message, Does.Contain("summarizer:sentences").And.Contain("summarizer:ratio").And.Contain(BatchOptionRules.OneLength));
    }

    [Test]
    public void The_stacks_defaults_are_rendered_into_the_batch_workflow()
    {
        var stack = StackRun.Dev(new Dictionary<string, string>
        {
            ["summarizer:idColumn"] = "review_id",
            ["summarizer:textColumn"] = "Review \"Body\" $(x) ☃",
            ["summarizer:keepColumns"] = "true",
            ["summarizer:method"] = "lead",
            ["summarizer:ratio"] = "0.25",
        });
        var definition = JsonNode.Parse(stack.Named<StateMachine>("batch").Inputs.String("definition"))!;
        var defaults = definition["States"]!["Describe the job"]!["Parameters"]!["optionRules"]!["defaults"]!;
        Assert.That(BatchOptionRules.All.ToDictionary(o => o.MetadataKey, o => (string?)defaults[o.MetadataKey]), Is.EqualTo(new Dictionary<string, string?>
        {
            ["id-column"] = "review_id", ["text-column"] = "Review \"Body\" $(x) ☃", ["keep-columns"] = "true", ["method"] = "lead",
            ["sentences"] = "", ["ratio"] = "0.25",
        }));
    }

    // A value as the workflow carries it: the rule's text, a ratio in plain decimals.
    private static string Normalized(BatchOptionSamples.Sample sample) =>
        sample.Option == BatchOptionRules.Ratio ? new BatchJobOptions(Ratio: double.Parse(sample.Value, System.Globalization.CultureInfo.InvariantCulture)).Texts()[BatchOptionRules.Ratio]
        : sample.Value;

    private static BatchJobOptions BatchOptions(Dictionary<string, string> config) =>
        StackRun.Program(config, SummarizerConfig.Load).BatchOptions();
}
