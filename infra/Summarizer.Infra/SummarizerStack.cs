using Pulumi;
using Summarizer.Infra.Storage;
using Summarizer.Infra.Worker;

namespace Summarizer.Infra;

/// <summary>The whole system, one component per part of the architecture; returns the stack outputs.</summary>
public static class SummarizerStack
{
    public static IDictionary<string, object?> Define(SummarizerConfig config)
    {
        var storage = new StorageComponent("storage", config);
        var worker = new WorkerComponent("worker", config, storage);

        return new Dictionary<string, object?>
        {
            ["inputBucket"] = storage.Input.Name,
            ["outputBucket"] = storage.Output.Name,
            ["workerInstanceId"] = worker.Instance.Id,
        };
    }
}
