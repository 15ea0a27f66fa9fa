using Amazon.S3;

namespace Summarizer.Cli.Storage;

/// <summary>
/// Where a batch writes. Nothing written is visible at the final location until <see cref="CommitAsync"/>:
/// a failed run never leaves an output that looks complete. (Standard output is the exception: bytes
/// already written cannot be taken back, so a failed run there is signalled only by the exit code.)
/// </summary>
public interface IBatchOutput : IAsyncDisposable
{
    Stream Stream { get; }

    /// <summary>Publishes what was written to the final location. The stream must be flushed first.</summary>
    Task CommitAsync(CancellationToken ct);

    /// <summary>Throws away what was written. Safe to call after a failure of any kind; never throws.</summary>
    Task AbortAsync();
}

public static class BatchOutput
{
    public static async Task<IBatchOutput> CreateAsync(StorageLocation location, Lazy<IAmazonS3> s3, CancellationToken ct) =>
        location.Kind switch
        {
            StorageKind.StandardStream => new StandardOutput(),
            StorageKind.S3 => await S3MultipartOutput.StartAsync(s3, location, ct),
            _ => LocalFileOutput.Create(location.Path),
        };
}
