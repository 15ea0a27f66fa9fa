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
    private InstanceArgs _instance = null!;

    [OneTimeSetUp]
    public void Deploy()
    {
        _stack = StackRun.Dev();
        _instance = _stack.Named<Instance, InstanceArgs>("worker").Args;
    }

    [Test]
    public void The_instance_requires_imdsv2()
    {
        var metadata = Values.Of(_instance.MetadataOptions);
        Assert.That(Values.Of(metadata.HttpTokens), Is.EqualTo("required"));
        Assert.That(Values.Of(metadata.HttpPutResponseHopLimit), Is.EqualTo(1));
    }

    [Test]
    public void The_instance_has_no_key_pair() => Assert.That(_instance.KeyName, Is.Null);

    [Test]
    public void The_root_volume_is_encrypted() =>
        Assert.That(Values.Of(Values.Of(_instance.RootBlockDevice).Encrypted), Is.True);

    [Test]
    public void The_only_security_group_has_no_inbound_rule_and_only_https_out()
    {
        var groups = _stack.All<SecurityGroup, SecurityGroupArgs>();
        Assert.That(groups, Has.Count.EqualTo(1));
        Assert.That(Values.Of(groups[0].Args.Ingress), Is.Empty);
        var egress = Values.Of(groups[0].Args.Egress).Single();
        Assert.That((Values.Of(egress.Protocol), Values.Of(egress.FromPort), Values.Of(egress.ToPort)), Is.EqualTo(("tcp", 443, 443)));
        Assert.That(Values.Of(_instance.VpcSecurityGroupIds), Is.EqualTo(new[] { Values.Of(groups[0].Resource.Id) }));
    }

    [Test]
    public void The_ami_is_the_latest_amazon_linux_2023_from_the_public_ssm_parameter()
    {
        var invoke = _stack.Run.Invokes.Single(i => i.Token == "aws:ssm/getParameter:getParameter");
        var name = Values.Of(((Pulumi.Aws.Ssm.GetParameterInvokeArgs)invoke.Args).Name);
        Assert.That(name, Does.StartWith("/aws/service/ami-amazon-linux-latest/al2023-ami-"));
        Assert.That(name, Is.EqualTo(WorkerComponent.AmiParameter));
        Assert.That(Values.Of(_instance.Ami), Does.StartWith("ami-"), "the AMI is the parameter's value");
    }

    [Test]
    public void A_new_ami_release_does_not_replace_the_instance_on_a_later_update() =>
        Assert.That(_stack.Named<Instance, InstanceArgs>("worker").Registration.Options.IgnoreChanges, Does.Contain("ami"));

    [Test]
    public void The_instance_type_comes_from_config()
    {
        Assert.That(Values.Of(_instance.InstanceType).AsT0, Is.EqualTo(StackRun.DevConfig()["summarizer:instanceType"]));
        var other = StackRun.Dev(new Dictionary<string, string> { ["summarizer:instanceType"] = "c7i.large" });
        Assert.That(Values.Of(other.Named<Instance, InstanceArgs>("worker").Args.InstanceType).AsT0, Is.EqualTo("c7i.large"));
    }

    [Test]
    public void The_instance_is_stopped_after_creation_and_later_updates_leave_its_state_to_the_workflow()
    {
        var (instance, _, _) = _stack.Named<Instance, InstanceArgs>("worker");
        var (_, state, registration) = _stack.Named<InstanceState, InstanceStateArgs>("worker-stopped");
        Assert.Multiple(() =>
        {
            Assert.That(Values.Of(state.InstanceId), Is.EqualTo(Values.Of(instance.Id)));
            Assert.That(Values.Of(state.State), Is.EqualTo("stopped"));
            Assert.That(registration.Options.IgnoreChanges, Does.Contain("state"));
        });
    }

    [Test]
    public void The_instance_profile_carries_the_worker_role()
    {
        var (role, roleArgs, _) = _stack.Named<Role, RoleArgs>("worker-role");
        var (profile, profileArgs, _) = _stack.Named<InstanceProfile, InstanceProfileArgs>("worker-profile");
        Assert.That(Values.Of(profileArgs.Role), Is.EqualTo(Values.Of(role.Name)));
        Assert.That(Values.Of(_instance.IamInstanceProfile), Is.EqualTo(Values.Of(profile.Name)));
        var trust = PolicyStatement.Parse(Values.PolicyOf(roleArgs.AssumeRolePolicy)).Single();
        Assert.That(trust.Principal!.Value.GetProperty("Service").GetString(), Is.EqualTo("ec2.amazonaws.com"));
    }

    [Test]
    public void The_worker_role_has_the_ssm_core_policy_its_bucket_access_and_a_deny_on_parameters_and_keys()
    {
        var (role, _, _) = _stack.Named<Role, RoleArgs>("worker-role");
        var roleName = Values.Of(role.Name);
        var attached = _stack.All<RolePolicyAttachment, RolePolicyAttachmentArgs>().Where(a => Values.Of(a.Args.Role) == roleName).ToList();
        Assert.That(attached.Select(a => Values.Of(a.Args.PolicyArn)), Is.EqualTo(new[] { "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore" }));
        Assert.That(_stack.All<RolePolicy, RolePolicyArgs>().Where(p => Values.Of(p.Args.Role) == roleName).Select(p => p.Registration.Name),
            Is.EquivalentTo(new[] { "worker-bucket-access", "worker-deny-parameters" }));
    }

    [Test]
    public void The_worker_can_read_no_ssm_parameter_and_decrypt_nothing_whatever_the_managed_policy_grants()
    {
        // AmazonSSMManagedInstanceCore allows ssm:GetParameter(s) on every parameter of the account and region; the
        // SSM Agent needs none of it for Run Command, and an explicit Deny wins over any Allow in IAM evaluation.
        var statements = PolicyStatement.Parse(Values.PolicyOf(_stack.Named<RolePolicy, RolePolicyArgs>("worker-deny-parameters").Args.Policy));
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
        var (_, _, registration) = _stack.Named<Instance, InstanceArgs>("worker");
        Assert.That(Values.Of(registration.Options.DependsOn).Select(r => r.GetResourceName()), Does.Contain("worker-deny-parameters"),
            "in force before the first boot");
    }

    // IAM action patterns: case-insensitive, '*' matches any run of characters.
    private static bool IamActionMatches(string pattern, string action) =>
        System.Text.RegularExpressions.Regex.IsMatch(action, "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*") + "$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    [Test]
    public void The_worker_may_read_inputs_write_staging_read_artifacts_and_nothing_else()
    {
        string Arn(string bucket) => Values.Of(_stack.Named<Bucket, BucketArgs>(bucket).Resource.Arn);
        var policy = _stack.Named<RolePolicy, RolePolicyArgs>("worker-bucket-access").Args.Policy;
        var expected = new HashSet<(string, string)>
        {
            ("s3:GetObject", $"{Arn("storage-input")}/*"),
            ("s3:GetObjectVersion", $"{Arn("storage-input")}/*"),
            ("s3:PutObject", $"{Arn("storage-output")}/{StorageLayout.StagingPrefix}*"),
            ("s3:AbortMultipartUpload", $"{Arn("storage-output")}/{StorageLayout.StagingPrefix}*"),
            ("s3:GetObject", $"{Arn("storage-artifacts")}/{StorageLayout.ArtifactsPrefix}*"),
        };
        Assert.That(PolicyStatement.Grants(Values.PolicyOf(policy)), Is.EquivalentTo(expected));
    }
}
