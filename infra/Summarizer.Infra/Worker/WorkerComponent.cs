using Pulumi;
using Summarizer.Contract;
using Summarizer.Infra.Storage;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Worker;

/// <summary>
/// The EC2 instance that runs `summarizer batch` when the batch workflow starts it. Reachable only through SSM
/// (no key pair, no inbound rule), metadata only through IMDSv2, root volume encrypted, and allowed to touch
/// exactly: the input objects (read), the output bucket's staging prefix (write) and the published artifacts (read).
/// </summary>
public sealed class WorkerComponent : ComponentResource
{
    /// <summary>The latest Amazon Linux 2023 AMI, from AWS's public SSM parameter.</summary>
    public const string AmiParameter = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

    public const string SsmManagedInstanceCorePolicyArn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore";

    public Aws.Ec2.Instance Instance { get; }
    public Aws.Iam.Role Role { get; }

    public WorkerComponent(string name, SummarizerConfig config, StorageComponent storage, ComponentResourceOptions? options = null)
        : base("summarizer:worker:Worker", name, options)
    {
        var child = new CustomResourceOptions { Parent = this };

        // Outbound HTTPS only: the SSM agent and S3 are reached over 443; DNS, NTP and IMDS are link-local.
        var securityGroup = new Aws.Ec2.SecurityGroup($"{name}-sg", new Aws.Ec2.SecurityGroupArgs
        {
            Description = "Summarizer worker: no inbound access (SSM only), HTTPS out",
            Egress =
            {
                new Aws.Ec2.Inputs.SecurityGroupEgressArgs
                {
                    Description = "HTTPS to SSM and S3",
                    Protocol = "tcp",
                    FromPort = 443,
                    ToPort = 443,
                    CidrBlocks = { "0.0.0.0/0" },
                },
            },
        }, child);

        Role = new Aws.Iam.Role($"{name}-role", new Aws.Iam.RoleArgs
        {
            Description = "Summarizer worker: SSM agent plus its exact bucket access",
            AssumeRolePolicy = PolicyJson.AssumableBy("ec2.amazonaws.com"),
        }, child);
        var ssmCore = new Aws.Iam.RolePolicyAttachment($"{name}-ssm-core", new Aws.Iam.RolePolicyAttachmentArgs
        {
            Role = Role.Name,
            PolicyArn = SsmManagedInstanceCorePolicyArn,
        }, child);
        // The managed policy also lets the instance read every SSM parameter of the account and region; the worker
        // reads none, so an explicit Deny takes that (and any key decryption) away, whatever else grants it.
        var denyParameters = new Aws.Iam.RolePolicy($"{name}-deny-parameters", new Aws.Iam.RolePolicyArgs
        {
            Role = Role.Name,
            Policy = DenyParametersPolicy(),
        }, child);
        var bucketAccess = new Aws.Iam.RolePolicy($"{name}-bucket-access", new Aws.Iam.RolePolicyArgs
        {
            Role = Role.Name,
            Policy = Output.Tuple(storage.Input.Arn, storage.Output.Arn, storage.Artifacts.Arn)
                .Apply(arns => BucketAccessPolicy(arns.Item1, arns.Item2, arns.Item3)),
        }, child);
        var profile = new Aws.Iam.InstanceProfile($"{name}-profile", new Aws.Iam.InstanceProfileArgs { Role = Role.Name }, child);

        var ami = Aws.Ssm.GetParameter.Invoke(new Aws.Ssm.GetParameterInvokeArgs { Name = AmiParameter }, new InvokeOptions { Parent = this });
        Instance = new Aws.Ec2.Instance(name, new Aws.Ec2.InstanceArgs
        {
            Ami = ami.Apply(parameter => parameter.Value),
            InstanceType = config.InstanceType,
            IamInstanceProfile = profile.Name,
            VpcSecurityGroupIds = { securityGroup.Id },
            MetadataOptions = new Aws.Ec2.Inputs.InstanceMetadataOptionsArgs
            {
                HttpEndpoint = "enabled",
                HttpTokens = "required",
                HttpPutResponseHopLimit = 1,
            },
            RootBlockDevice = new Aws.Ec2.Inputs.InstanceRootBlockDeviceArgs
            {
                Encrypted = true,
                VolumeType = "gp3",
                VolumeSize = config.RootVolumeGiB,
                DeleteOnTermination = true,
            },
            Tags = { { "Name", name } },
        }, new CustomResourceOptions
        {
            Parent = this,
            // The SSM agent must be allowed to register from the first boot on.
            DependsOn = { ssmCore, denyParameters, bucketAccess },
            // AWS publishes a new AL2023 AMI every few weeks; following it would replace the worker during some
            // `pulumi up`, possibly under a running job. Replace deliberately: `pulumi up --replace <instance urn>`.
            IgnoreChanges = { "ami" },
        });

        // Stopped right after it is created. Later updates ignore the state, so `pulumi up` (even with --refresh,
        // which reads "running" during a job) never stops the instance under a job: the workflow owns the state.
        new Aws.Ec2TransitGateway.InstanceState($"{name}-stopped", new Aws.Ec2TransitGateway.InstanceStateArgs
        {
            InstanceId = Instance.Id,
            State = "stopped",
        }, new CustomResourceOptions { Parent = this, IgnoreChanges = { "state" } });

        RegisterOutputs();
    }

    /// <summary>Actions the worker must never have: parameter reads (SecureStrings included) and KMS decryption.</summary>
    internal static readonly string[] DeniedActions = ["ssm:GetParameter*", "kms:Decrypt"];

    internal static string DenyParametersPolicy() => PolicyJson.Document(PolicyJson.Statement("Deny", DeniedActions, ["*"]));

    /// <summary>Read the input objects, write under the output bucket's staging prefix, read the artifacts.</summary>
    internal static string BucketAccessPolicy(string inputBucketArn, string outputBucketArn, string artifactsBucketArn) =>
        PolicyJson.Document(
            // The input bucket is versioned and the worker reads the exact version a job names.
            PolicyJson.Statement("Allow", ["s3:GetObject", "s3:GetObjectVersion"], [$"{inputBucketArn}/*"]),
            PolicyJson.Statement("Allow", ["s3:PutObject", "s3:AbortMultipartUpload"], [$"{outputBucketArn}/{StorageLayout.StagingPrefix}*"]),
            PolicyJson.Statement("Allow", ["s3:GetObject"], [$"{artifactsBucketArn}/{StorageLayout.ArtifactsPrefix}*"]));
}
