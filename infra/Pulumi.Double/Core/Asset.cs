namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Core/AssetOrArchive.cs and Asset.cs: the file-backed asset the
// program uploads. The double keeps the path for tests (the real types keep it internal too).

/// <summary>A blob (asset) or a set of blobs (archive) Pulumi uploads.</summary>
public abstract class AssetOrArchive
{
    internal string Path { get; }

    private protected AssetOrArchive(string path) => Path = path;
}

/// <summary>A single blob.</summary>
public abstract class Asset : AssetOrArchive
{
    private protected Asset(string path) : base(path) { }
}

/// <summary>A blob read from a local file.</summary>
public sealed class FileAsset : Asset
{
    public FileAsset(string path) : base(path) { }
}
