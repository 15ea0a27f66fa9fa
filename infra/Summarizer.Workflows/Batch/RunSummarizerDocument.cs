using Summarizer.Contract;

namespace Summarizer.Workflows.Batch;

/// <summary>
/// The SSM Command document (schema 2.2, JSON) the batch workflow sends to the instance. It has no deploy-time
/// values, only the storage layout and the batch options' fences, so one content serves every stack: create it with DocumentType
/// <see cref="DocumentType"/> and DocumentFormat <see cref="DocumentFormat"/>.
/// </summary>
public static class RunSummarizerDocument
{
    public const string DocumentType = "Command";
    public const string DocumentFormat = "JSON";

    /// <summary>Parameter names, as the workflow passes them and the script reads them (<c>SSM_&lt;name&gt;</c>).</summary>
    public static class Parameters
    {
        public const string InputBucket = "InputBucket";
        public const string InputKey = "InputKey";
        public const string InputVersion = "InputVersion";
        public const string OutputBucket = "OutputBucket";
        public const string StagingKey = "StagingKey";
        public const string ArtifactsBucket = "ArtifactsBucket";
        public const string ProgramKey = "ProgramKey";
        public const string ProgramSha256 = "ProgramSha256";
        public const string ModelKey = "ModelKey";
        public const string ModelSha256 = "ModelSha256";
        // The job's options: BatchOptionRules names each option's parameter (DocumentParameter).
        public const string ExecutionTimeout = "executionTimeout";
    }

    /// <summary>The value of <see cref="Parameters.ModelKey"/> and <see cref="Parameters.ModelSha256"/> for a stack without
    /// a model artifact: the program's bundled word vectors. (A word, not an empty string: Step Functions definitions
    /// and SSM parameter lists carry no empty values well.)</summary>
    public const string BundledModel = "bundled";

    /// <summary>Name of the document's single step (the SSM plugin name in command invocations).</summary>
    public const string StepName = "runSummarizer";

    /// <summary>The allowedPattern fence of a parameter, as SSM checks it before the document runs.</summary>
    public static string AllowedPattern(string parameter) =>
        System.Text.Json.Nodes.JsonNode.Parse(Content())!["parameters"]![parameter]?["allowedPattern"]?.GetValue<string>()
        ?? throw new ArgumentException($"The document has no parameter '{parameter}' with an allowedPattern.", nameof(parameter));

    /// <summary>The document content.</summary>
    public static string Content()
    {
        var values = new Dictionary<string, string>
        {
            ["StagingPrefix"] = StorageLayout.StagingPrefix,
            ["ArtifactsPrefix"] = StorageLayout.ArtifactsPrefix,
            ["BundledModel"] = BundledModel,
        };
        // Each option's allowedPattern is its rule's fence (BatchOptionRules), the last fence behind the workflow's check.
        foreach (var option in BatchOptionRules.All)
            values[option.DocumentParameter + "Fence"] = DefinitionTemplates.JsonText(option.Fence);
        return DefinitionTemplates.Render(BatchWorkflow.DocumentFile, values);
    }
}
