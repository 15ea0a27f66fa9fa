using Amazon.S3;

namespace Summarizer.Cli.Storage;

/// <summary>An opened batch input: a forward-only byte stream and, when known, its length (for progress).</summary>
public sealed class BatchInput(Stream stream, long? length, IDisposable? owner = null) : IDisposable
{
    public Stream Stream { get; } = stream;
    public long? Length { get; } = length;

    public static async Task<BatchInput> OpenAsync(StorageLocation location, Lazy<IAmazonS3> s3, CancellationToken ct)
    {
        switch (location.Kind)
        {
            case StorageKind.StandardStream:
                return new BatchInput(Console.OpenStandardInput(), null);
            case StorageKind.S3:
                try
                {
                    var response = await s3.Value.GetObjectAsync(location.Bucket, location.Key, ct);
                    return new BatchInput(response.ResponseStream, response.ContentLength, response);
                }
                catch (Exception ex) when (S3Errors.IsS3Failure(ex))
                {
                    throw CliException.InputUnavailable($"Cannot read {location}: {S3Errors.Describe(ex)}", ex);
                }
            default:
                try
                {
                    var file = new FileStream(location.Path, FileMode.Open, FileAccess.Read, FileShare.Read,
                        bufferSize: 1, FileOptions.SequentialScan);
                    return new BatchInput(file, file.Length);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw CliException.InputUnavailable($"Cannot read {location}: {ex.Message}", ex);
                }
        }
    }

    public void Dispose()
    {
        Stream.Dispose();
        owner?.Dispose();
    }
}
