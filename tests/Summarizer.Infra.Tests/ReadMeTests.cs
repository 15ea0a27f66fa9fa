using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Summarizer.Contract;
using Summarizer.Testing;

namespace Summarizer.Infra.Tests;

/// <summary>The README's deploy section against the Pulumi program: the settings table, the outputs list and the
/// result key a user fetches.</summary>
public class ReadMeTests
{
    [Test]
    public void The_settings_table_lists_every_setting_the_program_reads_with_the_programs_default_and_the_dev_stacks_value()
    {
        var rows = ReadMe.TableRows(ReadMe.Block("settings-table")).ToDictionary(r => r[0].Trim('`'), r => r[1].Trim('`'));
        var defaults = SettingsOf(new Dictionary<string, string> { ["aws:region"] = StackRun.DevConfig()["aws:region"] });
        var devStack = StackRun.DevConfig();
        Assert.That(rows.Keys, Is.EquivalentTo(defaults.Keys), "one row per setting, named as `pulumi config set` takes it");
        foreach (var (key, value) in defaults)
        {
            Assert.That(rows[key], Is.EqualTo(value ?? "(unset)"), $"{key}: the README's default is the program's");
            Assert.That(devStack.GetValueOrDefault(key), Is.EqualTo(value), $"{key}: Pulumi.dev.yaml sets the default (or leaves an optional key unset)");
            if (value is null)
                Assert.That(File.ReadAllText(RepoPaths.InRepo("Pulumi.dev.yaml")), Does.Contain(key), $"{key}: Pulumi.dev.yaml documents the optional key");
        }
    }

    [Test]
    public void The_outputs_list_is_exactly_the_stacks_outputs()
    {
        var listed = ReadMe.CodeSpans(ReadMe.Block("outputs-list"));
        Assert.That(listed, Is.EquivalentTo(StackRun.Dev().Outputs.Keys));
        var withoutKey = StackRun.Dev(new Dictionary<string, string> { ["summarizer:apiKeyRequired"] = "false" }).Outputs.Keys;
        Assert.That(listed.Except(withoutKey), Is.EqualTo(new[] { "apiKey" }), "the README says which output depends on a setting");
        Assert.That(ReadMe.Text, Does.Contain("`apiKey` only while `apiKeyRequired` is `true`"));
    }

    [Test]
    public void The_result_key_the_readme_fetches_is_the_one_the_workflow_writes_for_the_key_it_uploads()
    {
        var text = ReadMe.Text;
        var upload = Regex.Match(text, @"aws s3 cp samples/reviews\.csv ""s3://\$\(pulumi stack output inputBucket\)/(?<key>[^""]+)""");
        Assert.That(upload.Success, Is.True, "the README uploads a sample");
        var expected = StorageLayout.ResultKey(upload.Groups["key"].Value);
        var keys = Regex.Matches(text, @"summaries/[^\s""`)]+").Select(m => m.Value).Distinct().ToList();
        var results = keys.Where(k => k.EndsWith(StorageLayout.ResultSuffix, StringComparison.Ordinal)).ToList();
        Assert.That(results.Where(k => !k.Contains('<')), Is.Not.Empty.And.All.EqualTo(expected), "every concrete result key in the README");
        Assert.That(results.Where(k => k.Contains('<')), Is.All.EqualTo(StorageLayout.ResultKeyPattern), "every result key pattern in the README");
        var manifests = keys.Where(k => k.EndsWith(StorageLayout.ManifestSuffix, StringComparison.Ordinal) && !k.Contains('<'));
        Assert.That(manifests, Is.All.EqualTo(StorageLayout.ResultPrefix + upload.Groups["key"].Value + StorageLayout.ManifestSuffix), "the manifest beside it");
        Assert.That(StackRun.Dev().Output<string>("resultKeyPattern"), Is.EqualTo(StorageLayout.ResultKeyPattern));
        Assert.That(text, Does.Contain($"`{StorageLayout.ResultKeyPattern}`"), "the README states the pattern as the output gives it");
    }

    // The value of every setting SummarizerConfig reads, as `pulumi config set` would write it ("ns:key" -> text).
    private static Dictionary<string, string?> SettingsOf(Dictionary<string, string> config)
    {
        var loaded = StackRun.Program(config, SummarizerConfig.Load);
        return typeof(SummarizerConfig).GetProperties().ToDictionary(
            p => p.Name == nameof(SummarizerConfig.Region) ? "aws:region" : "summarizer:" + char.ToLowerInvariant(p.Name[0]) + p.Name[1..],
            p => p.GetValue(loaded) switch { bool b => b ? "true" : "false", null => null, var v => v.ToString() });
    }
}
