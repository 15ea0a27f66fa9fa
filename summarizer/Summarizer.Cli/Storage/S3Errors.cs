using Amazon.Runtime;
using Amazon.S3;

namespace Summarizer.Cli.Storage;

internal static class S3Errors
{
    /// <summary>Failures talking to S3 that the user can act on: S3's answer (NoSuchKey, AccessDenied...),
    /// a client that cannot be set up (no region, no credentials), or an endpoint that cannot be reached.</summary>
    public static bool IsS3Failure(Exception ex) =>
        ex is AmazonServiceException or AmazonClientException or HttpRequestException;

    /// <summary>A one-line reason for an S3 failure.</summary>
    public static string Describe(Exception ex) => ex switch
    {
        AmazonS3Exception s3 when !string.IsNullOrEmpty(s3.ErrorCode) => $"{s3.ErrorCode} ({(int)s3.StatusCode}): {s3.Message}",
        _ => ex.Message,
    };
}
