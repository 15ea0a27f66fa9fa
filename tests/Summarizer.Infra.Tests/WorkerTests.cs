using Pulumi.Aws.Ec2;
using Pulumi.Aws.Ec2TransitGateway;
using Pulumi.Aws.Iam;
using Pulumi.Aws.S3;
using Summarizer.Contract;
using Summarizer.Infra.Worker;

namespace Summarizer.Infra.Tests;

public class WorkerTests
{
    private StackRun _stack = null!;
    private Registered<Instance> _worker = null!;
    private ResourceInputs _instance = null!;

    [OneTimeSetUp]
    public void Deploy()
    {
        _stack = StackRun.Dev();
        _worker = _stack.Named<Instance>("worker");
        _instance = _worker.Inputs;
    }

    [Test]
    public void The_instance_requires_imdsv2()
    {
        var metadata = _instance.Map("metadataOptions");
        Assert.That(metadata.String("httpTokens"), Is.EqualTo("required"));
        Assert.That(metadata.Number("httpPutResponseHopLimit"), Is.EqualTo(1));
    }

    [Test]
    public void The_instance_has_no_key_pair() => Assert.That(_instance.Has("keyName"), Is.False);

    [Test]
    public void The_root_volume_is_encrypted() =>
        Assert.That(_instance.Map("rootBlockDevice").Bool("encrypted"), Is.True);

    [Test]
    public void The_only_security_group_has_no_inbound_rule_and_only_https_out()
    {
        var groups = _stack.All<SecurityGroup>();
        Assert.That(groups, Has.Count.EqualTo(1));
        // Without an ingress list the provider creates no inline inbound rule; nor does any rule resource exist.
        Assert.That(groups[0].Inputs.Has("ingress") ? groups[0].Inputs.List("ingress") : [], Is.Empty);
        Assert.That(_stack.Mocks.Resources.Select(r => r.Type), Has.None.Contains("SecurityGroupRule").And.None.Contains("IngressRule"));
        var egress = groups[0].Inputs.Maps("egress").Single();
        Assert.That((egress.String("protocol"), egress.Number("fromPort"), egress.Number("toPort")), Is.EqualTo(("tcp", 443.0, 443.0)));
        Assert.That(_instance.Strings("vpcSecurityGroupIds"), Is.EqualTo(new[] { Values.Of(groups[0].Resource.Id) }));
    }

    [Test]
    public void The_ami_is_the_latest_amazon_linux_2023_from_the_public_ssm_parameter()
    {
        var call = _stack.Mocks.Calls.Single(c => c.Token == "aws:ssm/getParameter:getParameter");
        var name = (string)call.Args["name"];
        Assert.That(name, Does.StartWith("/aws/service/ami-amazon-linux-latest/al2023-ami-"));
        Assert.That(name, Is.EqualTo(WorkerComponent.AmiParameter));
        Assert.That(_instance.String("ami"), Is.EqualTo(ProviderMocks.LatestAmi), "the AMI is the parameter's value");
    }

    [Test]
    public void A_new_ami_release_does_not_replace_the_instance_on_a_later_update() =>
        Assert.That(_worker.Options.IgnoreChanges, Does.Contain("ami"));

    [Test]
    public void The_instance_type_comes_from_config()
    {
        Assert.That(_instance.String("instanceType"), Is.EqualTo(StackRun.DevConfig()["summarizer:instanceType"]));
        var other = StackRun.Dev(new Dictionary<string, string> { ["summarizer:instanceType"] = "c7i.large" });
        Assert.That(other.Named<Instance>("worker").Inputs.String("instanceType"), Is.EqualTo("c7i.large"));
    }

    [Test]
    public void The_instance_is_stopped_after_creation_and_later_updates_leave_its_state_to_the_workflow()
    {
        var stopped = _stack.Named<InstanceState>("worker-stopped");
        Assert.Multiple(() =>
        {
            Assert.That(stopped.Inputs.String("instanceId"), Is.EqualTo(Values.Of(_worker.Resource.Id)));
            Assert.That(stopped.Inputs.String("state"), Is.EqualTo("stopped"));
            Assert.That(stopped.Options.IgnoreChanges, Does.Contain("state"));
        });
    }

    [Test]
    public void The_instance_profile_carries_the_worker_role()
    {
        var role = _stack.Named<Role>("worker-role");
        var profile = _stack.Named<InstanceProfile>("worker-profile");
        Assert.That(profile.Inputs.String("role"), Is.EqualTo(Values.Of(role.Resource.Name)));
        Assert.That(_instance.String("iamInstanceProfile"), Is.EqualTo(Values.Of(profile.Resource.Name)));
        var trust = PolicyStatement.Parse(role.Inputs.Policy("assumeRolePolicy")).Single();
        Assert.That(trust.Principal!.Value.GetProperty("Service").GetString(), Is.EqualTo("ec2.amazonaws.com"));
    }

    [Test]
    public void The_worker_role_has_the_ssm_core_policy_its_bucket_access_and_a_deny_on_parameters_and_keys()
    {
        var roleName = Values.Of(_stack.Named<Role>("worker-role").Resource.Name);
        var attached = _stack.All<RolePolicyAttachment>().Where(a => a.Inputs.String("role") == roleName).ToList();
        Assert.That(attached.Select(a => a.Inputs.String("policyArn")), Is.EqualTo(new[] { "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore" }));
        Assert.That(_stack.All<RolePolicy>().Where(p => p.Inputs.String("role") == roleName).Select(p => p.Name),
            Is.EquivalentTo(new[] { "worker-bucket-access", "worker-deny-parameters" }));
    }

    [Test]
    public void The_worker_can_read_no_ssm_parameter_and_decrypt_nothing_whatever_the_managed_policy_grants()
    {
        // AmazonSSMManagedInstanceCore allows ssm:GetParameter(s) on every parameter of the account and region; the
        // SSM Agent needs none of it for Run Command, and an explicit Deny wins over any Allow in IAM evaluation.
        var statements = PolicyStatement.Parse(_stack.Named<RolePolicy>("worker-deny-parameters").Inputs.Policy("policy"));
        var deny = statements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(deny.Effect, Is.EqualTo("Deny"));
            Assert.That(deny.Actions, Is.EquivalentTo(new[] { "ssm:GetParameter*", "kms:Decrypt" }));
            Assert.That(deny.Resources, Is.EqualTo(new[] { "*" }));
        });
        foreach (var action in new[] { "ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath", "ssm:GetParameterHistory" })
            Assert.That(deny.Actions.Any(a => IamActionMatches(a, action)), Is.True, action);
        Assert.That(deny.Actions.Any(a => IamActionMatches(a, "ssm:UpdateInstanceInformation")), Is.False, "the agent can still register");
        Assert.That(_worker.DependsOn, Does.Contain("worker-deny-parameters"), "in force before the first boot");
    }

    // IAM action patterns: case-insensitive, '*' matches any run of characters.
    private static bool IamActionMatches(string pattern, string action) =>
        System.Text.RegularExpressions.Regex.IsMatch(action, "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*") + "$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    [Test]
    public void The_worker_may_read_inputs_write_staging_read_artifacts_and_nothing_else()
    {
        string Arn(string bucket) => Values.Of(_stack.Named<Bucket>(bucket).Resource.Arn);
        var policy = _stack.Named<RolePolicy>("worker-bucket-access").Inputs.Policy("policy");
        var expected = new HashSet<(string, string)>
        {
            ("s3:GetObject", $"{Arn("storage-input")}/*"),
            ("s3:GetObjectVersion", $"{Arn("storage-input")}/*"),
            ("s3:PutObject", $"{Arn("storage-output")}/{StorageLayout.StagingPrefix}*"),
            ("s3:AbortMultipartUpload", $"{Arn("storage-output")}/{StorageLayout.StagingPrefix}*"),
            ("s3:GetObject", $"{Arn("storage-artifacts")}/{StorageLayout.ArtifactsPrefix}*"),
        };
        Assert.That(PolicyStatement.Grants(policy), Is.EquivalentTo(expected));
    }
}
