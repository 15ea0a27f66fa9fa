namespace Summarizer.Cli.Storage;

/// <summary>Writes to a hidden temporary file beside the target and renames it over the target on commit,
/// so the target is either absent/old or complete, never half-written. A same-folder rename is atomic.</summary>
public sealed class LocalFileOutput : IBatchOutput
{
    private readonly string _target;
    private readonly string _temporary;
    private readonly FileStream _file;
    private bool _committed;

    private LocalFileOutput(string target, string temporary, FileStream file)
    {
        _target = target;
        _temporary = temporary;
        _file = file;
    }

    public Stream Stream => _file;

    public static LocalFileOutput Create(string path)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (Directory.Exists(target))
                throw new IOException($"{path} is a folder.");
            var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
            return new LocalFileOutput(target, temporary, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.OutputFailed($"Cannot write {path}: {ex.Message}", ex);
        }
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        try
        {
            await _file.FlushAsync(ct);
            _file.Flush(flushToDisk: true);
            await _file.DisposeAsync();
            File.Move(_temporary, _target, overwrite: true);
            _committed = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.OutputFailed($"Cannot publish {_target}: {ex.Message}", ex);
        }
    }

    public async Task AbortAsync()
    {
        try { await _file.DisposeAsync(); } catch (IOException) { }
        try { File.Delete(_temporary); } catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_committed) await AbortAsync();
    }
}
