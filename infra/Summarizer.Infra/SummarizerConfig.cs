using System.Globalization;
using System.Text.RegularExpressions;
using Pulumi;
using Summarizer.Contract;
using Summarizer.Workflows.Batch;

namespace Summarizer.Infra;

/// <summary>
/// The stack's settings, typed, each with a safe default so an empty stack config deploys something private,
/// small and cheap (Pulumi.dev.yaml sets the same values explicitly so they are visible and easy to change).
/// Everything else is derived.
/// </summary>
public sealed record SummarizerConfig(
    string Region,
    string InstanceType,
    int RootVolumeGiB,
    bool ApiKeyRequired,
    int LogRetentionDays,
    int ApiThrottleRateLimit,
    int ApiThrottleBurstLimit,
    int ApiQuotaPerDay,
    int FunctionReservedConcurrency,
    bool ManageApiGatewayLogRole,
    bool ForceDestroyBuckets,
    int MaxConcurrentJobs,
    string? NotifyEmail,
    string IdColumn,
    string TextColumn,
    bool KeepColumns,
    string Method,
    int? Sentences,
    double? Ratio,
    string? Embeddings = null)
{
    public const string DefaultInstanceType = "t3.small";
    public const int DefaultRootVolumeGiB = 8;
    public const int DefaultLogRetentionDays = 14;
    public const int DefaultApiThrottleRateLimit = 5;
    public const int DefaultApiThrottleBurstLimit = 10;

    /// <summary>Requests a day the API key may make (0: no quota). A leaked key then costs ~$0.50 a day at ~$5 per
    /// million requests (AWS treats a quota as a target, not a hard limit); the default throttle alone (5/s) would let
    /// it make 432,000.</summary>
    public const int DefaultApiQuotaPerDay = 100_000;

    /// <summary>No reservation by default, so the first deploy works on every account: Lambda keeps 100 of the account's
    /// concurrency unreserved and refuses a reservation that would leave less, and new accounts start with a quota that
    /// leaves no room for one. The usage plan's throttle and quota already bound the cost; an account with room (a
    /// quota of at least 100 + N) sets N, e.g. 10 for the default burst, to cap concurrent instances too.</summary>
    public const int DefaultFunctionReservedConcurrency = NoReservedConcurrency;

    /// <summary>The provider's value for "no reservation": the function shares the account's unreserved pool.</summary>
    public const int NoReservedConcurrency = -1;

    /// <summary>The retention periods CloudWatch Logs accepts, in days.</summary>
    public static readonly int[] LogRetentionChoices =
        [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

    /// <summary>The root volume's bounds: the Amazon Linux 2023 AMI's own size, and EBS gp3's maximum.</summary>
    public const int MinRootVolumeGiB = 8, MaxRootVolumeGiB = 16384;

    /// <summary>Reads the project's config namespace and the AWS provider's region, and refuses values AWS would
    /// refuse (or that could not work) before anything is created, naming the key and what it accepts.</summary>
    public static SummarizerConfig Load()
    {
        var config = new Config();
        var loaded = new SummarizerConfig(
            Region: new Config("aws").Require("region"),
            InstanceType: config.Get("instanceType") ?? DefaultInstanceType,
            RootVolumeGiB: config.GetInt32("rootVolumeGiB") ?? DefaultRootVolumeGiB,
            // On unless explicitly turned off: an open endpoint costs money to anyone who finds it.
            ApiKeyRequired: config.GetBoolean("apiKeyRequired") ?? true,
            LogRetentionDays: config.GetInt32("logRetentionDays") ?? DefaultLogRetentionDays,
            ApiThrottleRateLimit: config.GetInt32("apiThrottleRateLimit") ?? DefaultApiThrottleRateLimit,
            ApiThrottleBurstLimit: config.GetInt32("apiThrottleBurstLimit") ?? DefaultApiThrottleBurstLimit,
            // Off: `pulumi destroy` must not silently delete users' uploads and results.
            ForceDestroyBuckets: config.GetBoolean("forceDestroyBuckets") ?? false,
            // One run at a time: each is sized for the whole instance.
            MaxConcurrentJobs: config.GetInt32("maxConcurrentJobs") ?? Summarizer.Workflows.Batch.BatchWorkflow.DefaultMaxConcurrentJobs,
            // Unset: the outcome topic has no subscriber until one is added.
            NotifyEmail: config.Get("notifyEmail") is { Length: > 0 } email ? email : null,
            // The batch job's defaults, each checked by its rule (BatchOptionRules) before it is converted: the same rule
            // as `summarizer batch`'s flag and an upload's metadata.
            IdColumn: Option(config, BatchOptionRules.IdColumn, BatchJobOptions.Default.IdColumn, t => t),
            TextColumn: Option(config, BatchOptionRules.TextColumn, BatchJobOptions.Default.TextColumn, t => t),
            KeepColumns: Option(config, BatchOptionRules.KeepColumns, BatchJobOptions.Default.KeepColumns, t => t == "true"),
            Method: Option(config, BatchOptionRules.Method, BatchJobOptions.Default.Method, t => t),
            // Unset: the engine's default length, ceil(sqrt(number of sentences)).
            Sentences: Option<int?>(config, BatchOptionRules.Sentences, null, t => int.Parse(t, CultureInfo.InvariantCulture)),
            Ratio: Option<double?>(config, BatchOptionRules.Ratio, null, t => double.Parse(t, CultureInfo.InvariantCulture)),
            // Unset: the vectors bundled with the engine. Checked when `pulumi up` converts the file (ArtifactsComponent).
            Embeddings: config.Get("embeddings") is { Length: > 0 } embeddings ? embeddings : null,
            ApiQuotaPerDay: config.GetInt32("apiQuotaPerDay") ?? DefaultApiQuotaPerDay,
            FunctionReservedConcurrency: config.GetInt32("functionReservedConcurrency") ?? DefaultFunctionReservedConcurrency,
            // On: access logging needs API Gateway's CloudWatch role set for the region, and a new account has none.
            ManageApiGatewayLogRole: config.GetBoolean("manageApiGatewayLogRole") ?? true);
        loaded.Validate();
        return loaded;
    }

    /// <summary>The batch jobs' default options, as the batch workflow takes them. (A method, not a property: every
    /// property is a setting.)</summary>
    public BatchJobOptions BatchOptions() => new(IdColumn, TextColumn, KeepColumns, Method, Sentences, Ratio);

    // A batch option's config value: unset gives the default; a value its rule refuses stops the deployment.
    private static T Option<T>(Config config, BatchOption option, T unset, Func<string, T> convert) =>
        config.Get(option.ConfigKey) is not { } text ? unset
        : option.Accepts(text) ? convert(text)
        : throw Invalid(option.ConfigKey, text, option.Accepted);

    private void Validate()
    {
        if (!Regex.IsMatch(InstanceType, "^[a-z][a-z0-9-]*\\.[a-z0-9]+$"))
            throw Invalid("instanceType", InstanceType, "an EC2 instance type such as t3.small");
        // Graviton families (t4g, m7g, c6gn, a1, ...): the worker runs the linux-x64 program on the x86_64 AMI.
        if (Regex.IsMatch(InstanceType, "^([a-z]+[0-9]+g[a-z0-9-]*|a1)\\."))
            throw Invalid("instanceType", InstanceType, "an x86_64 instance type such as t3.small (the worker runs the linux-x64 program on the x86_64 AMI, so Graviton types such as t4g cannot run it)");
        if (RootVolumeGiB is < MinRootVolumeGiB or > MaxRootVolumeGiB)
            throw Invalid("rootVolumeGiB", RootVolumeGiB, $"a size in GiB from {MinRootVolumeGiB} (the AMI's own size) to {MaxRootVolumeGiB}");
        if (!LogRetentionChoices.Contains(LogRetentionDays))
            throw Invalid("logRetentionDays", LogRetentionDays, $"one of the retention periods CloudWatch Logs accepts: {string.Join(", ", LogRetentionChoices)}");
        if (ApiThrottleRateLimit < 1)
            throw Invalid("apiThrottleRateLimit", ApiThrottleRateLimit, "at least 1 request per second");
        if (ApiThrottleBurstLimit < 1)
            throw Invalid("apiThrottleBurstLimit", ApiThrottleBurstLimit, "at least 1 request");
        if (ApiQuotaPerDay < 0)
            throw Invalid("apiQuotaPerDay", ApiQuotaPerDay, "a number of requests a day, or 0 for no quota");
        // 0 is a valid Lambda value, but it stops the function from ever running: every request would fail.
        if (FunctionReservedConcurrency is 0 or < NoReservedConcurrency)
            throw Invalid("functionReservedConcurrency", FunctionReservedConcurrency,
                $"a number of function instances from 1, or {NoReservedConcurrency} for no reservation (0 would stop the function)");
        if (MaxConcurrentJobs is < 1 or > BatchWorkflow.MostConcurrentJobs)
            throw Invalid("maxConcurrentJobs", MaxConcurrentJobs, $"a whole number of runs from 1 to {BatchWorkflow.MostConcurrentJobs}");
        if (NotifyEmail is not null && !Regex.IsMatch(NotifyEmail, "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"))
            throw Invalid("notifyEmail", NotifyEmail, "one e-mail address (SNS sends it a confirmation link)");
        if (Sentences is not null && Ratio is not null)
            throw new RunException($"summarizer:{BatchOptionRules.Sentences.ConfigKey} and summarizer:{BatchOptionRules.Ratio.ConfigKey} are both set, " +
                $"but the summary length is {BatchOptionRules.OneLength}. Remove one with `pulumi config rm summarizer:{BatchOptionRules.Ratio.ConfigKey}`.");
    }

    // Every settings error is worded here: the key, the value, what is accepted, and how to change it.
    internal static RunException Invalid(string key, object value, string accepted) =>
        new($"summarizer:{key} is '{value}', but it must be {accepted}. Change it with `pulumi config set summarizer:{key} <value>`.");
}
