using Summarizer.Cli.Storage;
using Summarizer.Engine;

namespace Summarizer.Cli.Batch;

/// <summary>Everything one `summarizer batch` run needs, as parsed from the command line.</summary>
public sealed record BatchJob(
    StorageLocation Input,
    StorageLocation Output,
    BatchColumns Columns,
    SummaryOptions Options,
    int Threads);
