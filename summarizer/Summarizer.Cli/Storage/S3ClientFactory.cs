using Amazon.S3;

namespace Summarizer.Cli.Storage;

/// <summary>Creates the S3 client from the standard AWS environment: credentials, region and endpoint
/// (AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_S3) are resolved by the SDK itself, as the AWS CLI does.</summary>
public static class S3ClientFactory
{
    public static IAmazonS3 Create() => new AmazonS3Client(new AmazonS3Config
    {
        // A configured endpoint is a local or private S3 (moto, MinIO, a VPC endpoint) that usually has no
        // wildcard DNS for bucket-name host names: address buckets in the path there. Real S3 keeps the
        // SDK's default virtual-hosted addressing.
        ForcePathStyle = HasConfiguredEndpoint(),
    });

    private static bool HasConfiguredEndpoint() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_S3"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL"));
}
