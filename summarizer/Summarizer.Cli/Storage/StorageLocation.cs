namespace Summarizer.Cli.Storage;

public enum StorageKind { LocalFile, StandardStream, S3 }

/// <summary>Where a batch reads or writes: a local path, <c>-</c> (stdin/stdout) or <c>s3://bucket/key</c>.</summary>
public sealed record StorageLocation(StorageKind Kind, string Path, string Bucket = "", string Key = "")
{
    public const string StandardStreamName = "-";
    private const string S3Scheme = "s3://";

    public static StorageLocation Parse(string text)
    {
        if (text == StandardStreamName)
            return new StorageLocation(StorageKind.StandardStream, text);
        if (text.StartsWith(S3Scheme, StringComparison.OrdinalIgnoreCase))
        {
            var rest = text[S3Scheme.Length..];
            int slash = rest.IndexOf('/');
            if (slash <= 0 || slash == rest.Length - 1)
                throw new CliException(ExitCodes.Usage, $"'{text}' is not an S3 object address; write s3://bucket/key.");
            return new StorageLocation(StorageKind.S3, text, rest[..slash], rest[(slash + 1)..]);
        }
        return new StorageLocation(StorageKind.LocalFile, text);
    }

    public override string ToString() => Path;
}
