namespace Summarizer.Infra.Tests;

public class ConfigTests
{
    [Test]
    public void The_dev_stack_file_sets_every_value_to_the_programs_safe_default()
    {
        var fromFile = Run(StackRun.DevConfig());
        var defaults = Run(new Dictionary<string, string> { ["aws:region"] = StackRun.DevConfig()["aws:region"] });
        Assert.That(fromFile, Is.EqualTo(defaults));
        Assert.That(fromFile.ApiKeyRequired, Is.True);
        Assert.That(fromFile.ForceDestroyBuckets, Is.False);
    }

    [Test]
    public void The_dev_stack_file_sets_only_keys_the_program_reads()
    {
        var known = typeof(SummarizerConfig).GetProperties().Select(p => "summarizer:" + char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).ToHashSet();
        known.Add("aws:region");
        Assert.That(StackRun.DevConfig().Keys, Is.SubsetOf(known));
    }

    [Test]
    public void A_missing_region_fails_with_the_pulumi_config_message()
    {
        var e = Assert.Throws<Pulumi.ConfigMissingException>(() => Run(new Dictionary<string, string>()));
        Assert.That(e!.Message, Does.Contain("aws:region"));
    }

    private static SummarizerConfig Run(Dictionary<string, string> config)
    {
        SummarizerConfig? loaded = null;
        Pulumi.Testing.DoubleRun.Run(() => { loaded = SummarizerConfig.Load(); return new Dictionary<string, object?>(); }, config, project: "summarizer");
        return loaded!;
    }
}
