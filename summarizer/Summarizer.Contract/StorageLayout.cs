namespace Summarizer.Contract;

/// <summary>
/// Where things live in the project's buckets. The batch workflow's definition, the Pulumi program (bucket
/// lifecycle rules, IAM resources) and the tests all take these names from here.
/// </summary>
public static class StorageLayout
{
    /// <summary>Only objects with this suffix in the input bucket start a batch run.</summary>
    public const string InputSuffix = ".csv";

    /// <summary>Final results in the output bucket: <c>summaries/&lt;input name&gt;.summary.csv</c>.</summary>
    public const string ResultPrefix = "summaries/";
    public const string ResultSuffix = ".summary.csv";

    /// <summary>The result key of an input key: the whole key, its <c>.csv</c> included (the workflow's JSONPath
    /// intrinsics cannot strip a suffix), so <c>reviews.csv</c> gives <c>summaries/reviews.csv.summary.csv</c>.</summary>
    public static string ResultKey(string inputKey) => ResultPrefix + inputKey + ResultSuffix;

    /// <summary>The result key as users read it (stack output <c>resultKeyPattern</c>).</summary>
    public static readonly string ResultKeyPattern = ResultKey("<input key>");

    /// <summary>Next to each result, its manifest: <c>summaries/&lt;input key&gt;.manifest.json</c> (what was summarized,
    /// row counts, seconds, model version).</summary>
    public const string ManifestSuffix = ".manifest.json";

    /// <summary>A failed batch job leaves <c>failures/&lt;execution name&gt;.json</c> in the output bucket (named after the
    /// execution, so even a key too long for S3 gets its record).</summary>
    public const string FailurePrefix = "failures/";

    /// <summary>S3's limit on a key: at most this many bytes of UTF-8.</summary>
    public const int MaxKeyBytes = 1024;

    /// <summary>The batch workflow's first write is an empty object here, followed by the input key: exactly as long as
    /// the longest key derived from the input key (the manifest's), so S3 refuses it exactly when a result or manifest
    /// key would be too long.</summary>
    public const string KeyLengthProbePrefix = StagingPrefix + "key-length-test/";

    /// <summary>The summarizer writes here first; the workflow copies to the final key, then deletes it.
    /// A lifecycle rule expires what a failed run leaves behind.</summary>
    public const string StagingPrefix = "staging/";
    public const int StagingExpirationDays = 2;

    /// <summary>Artifacts bucket: the published summarizer program and Lambda zip, under content-hash keys.</summary>
    public const string ArtifactsPrefix = "artifacts/";
}
