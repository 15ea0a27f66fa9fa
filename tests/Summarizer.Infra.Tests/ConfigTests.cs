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
        var e = Assert.Throws(Is.InstanceOf<Pulumi.RunException>(), () => Run(new Dictionary<string, string>()));
        Assert.That(e!.Message, Does.Contain("aws:region").And.Contain("pulumi config set"));
    }

    [TestCase("rootVolumeGiB", "4", "from 8")]
    [TestCase("rootVolumeGiB", "eight", "not a valid Int32")]
    [TestCase("logRetentionDays", "10", "14, 30")]
    [TestCase("apiThrottleRateLimit", "0", "at least 1")]
    [TestCase("apiThrottleBurstLimit", "-5", "at least 1")]
    [TestCase("instanceType", "t3 small; rm", "EC2 instance type")]
    [TestCase("instanceType", "t4g.small", "x86_64")]
    [TestCase("instanceType", "m7g.large", "x86_64")]
    [TestCase("instanceType", "c6gn.xlarge", "x86_64")]
    [TestCase("instanceType", "g5g.xlarge", "x86_64")]
    [TestCase("instanceType", "a1.medium", "x86_64")]
    [TestCase("apiKeyRequired", "yes", "not a valid Boolean")]
    [TestCase("forceDestroyBuckets", "True", "not a valid Boolean")]
    [TestCase("maxConcurrentJobs", "0", "from 1 to 16")]
    [TestCase("maxConcurrentJobs", "17", "from 1 to 16")]
    [TestCase("apiQuotaPerDay", "-1", "0 for no quota")]
    [TestCase("apiQuotaPerDay", "lots", "not a valid Int32")]
    [TestCase("functionReservedConcurrency", "0", "0 would stop the function")]
    [TestCase("functionReservedConcurrency", "-2", "from 1, or -1 for no reservation")]
    [TestCase("manageApiGatewayLogRole", "no", "not a valid Boolean")]
    [TestCase("notifyEmail", "not-an-address", "e-mail address")]
    [TestCase("notifyEmail", "a@b.c d@e.f", "e-mail address")]
    public void An_invalid_setting_stops_the_deployment_naming_the_key_and_what_it_accepts(string key, string value, string accepted)
    {
        var config = StackRun.DevConfig();
        config[$"summarizer:{key}"] = value;
        var e = Assert.Throws(Is.InstanceOf<Pulumi.RunException>(), () => Run(config));
        Assert.That(e!.Message, Does.Contain($"summarizer:{key}").And.Contain(value).And.Contain(accepted));
    }

    [TestCase("rootVolumeGiB", "8")]
    [TestCase("rootVolumeGiB", "16384")]
    [TestCase("logRetentionDays", "3653")]
    [TestCase("instanceType", "c7i-flex.large")]
    [TestCase("instanceType", "g4dn.xlarge")]
    [TestCase("instanceType", "m7a.large")]
    [TestCase("maxConcurrentJobs", "16")]
    [TestCase("notifyEmail", "ops+summarizer@example.co.uk")]
    [TestCase("apiQuotaPerDay", "0")]
    [TestCase("apiQuotaPerDay", "2147483647")]
    [TestCase("functionReservedConcurrency", "-1")]
    [TestCase("functionReservedConcurrency", "1")]
    public void Boundary_settings_are_accepted(string key, string value)
    {
        var config = StackRun.DevConfig();
        config[$"summarizer:{key}"] = value;
        Assert.DoesNotThrow(() => Run(config));
    }

    [TestCase("eu.prod", "other than letters, digits")]
    [TestCase("a-stack-name-long-enough-to-push-the-cleanup-state-machine-past-80", "Step Functions allows 80")]
    public void A_stack_name_step_functions_cannot_take_stops_the_deployment_and_says_why(string stack, string why)
    {
        var e = Assert.Catch(() => StackRun.Dev(stack: stack));
        Assert.That(e!.ToString(), Does.Contain($"The stack '{stack}' cannot be deployed").And.Contain(why));
    }

    [Test]
    public void A_stack_name_of_letters_digits_dashes_and_underscores_deploys() =>
        Assert.DoesNotThrow(() => StackRun.Dev(stack: "prod_eu-2"));

    private static SummarizerConfig Run(Dictionary<string, string> config) => StackRun.Program(config, SummarizerConfig.Load);
}
