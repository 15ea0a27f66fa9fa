using Summarizer.Cli.Storage;
using Summarizer.Engine;

namespace Summarizer.Cli.Batch;

/// <summary>Everything one `summarizer batch` run needs, as parsed from the command line. <see cref="MaxTextBytes"/>:
/// the per-row limit, in UTF-8 bytes of text; a longer text gets an error row.</summary>
public sealed record BatchJob(
    StorageLocation Input,
    StorageLocation Output,
    BatchColumns Columns,
    SummaryOptions Options,
    int Threads,
    int MaxTextBytes = BatchLimits.DefaultMaxTextBytes);
