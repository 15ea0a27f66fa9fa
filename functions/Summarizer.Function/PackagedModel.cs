using Summarizer.Engine;
using Summarizer.Engine.Embeddings;

namespace Summarizer.Function;

/// <summary>The engine the function serves: over the model artifact in its package when there is one
/// (<see cref="LambdaDeployment.EmbeddingsFileName"/>), else over the bundled vectors.</summary>
internal static class PackagedModel
{
    public static SummarizerEngine Load(string packageRoot)
    {
        var path = Path.Combine(packageRoot, LambdaDeployment.EmbeddingsFileName);
        // Not re-hashed at every cold start: Lambda checks the package against the CodeSha256 it recorded at deploy,
        // and `pulumi up` wrote this file from a verified conversion. (A SHA-256 pass over a 1.2M-word model would add
        // most of a second to each cold start; README, Performance.)
        return File.Exists(path)
            ? SummarizerEngine.Create(EmbeddingsFile.Read(path, verifyContentHash: false))
            : SummarizerEngine.LoadDefault();
    }
}
