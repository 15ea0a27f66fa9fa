using Amazon.S3;

namespace Summarizer.Cli.Storage;

internal static class S3Errors
{
    /// <summary>A one-line reason for an S3 failure: the error code S3 gave (NoSuchKey, AccessDenied...) and its message.</summary>
    public static string Describe(AmazonS3Exception ex) =>
        string.IsNullOrEmpty(ex.ErrorCode) ? ex.Message : $"{ex.ErrorCode} ({(int)ex.StatusCode}): {ex.Message}";
}
