namespace Summarizer.Cli.Batch;

/// <summary>
/// The text budget of a batch: every chunk's character storage is paid for here before it exists, so the
/// text held by the reader, the workers and the writer together (and by chunks waiting for reuse) never
/// exceeds <see cref="CapacityBytes"/>. A reader that needs more waits until the writer hands chunks back.
/// The one exception keeps a run from blocking forever: a single chunk may exceed the budget when it is the
/// only one alive (one record longer than the budget, possible only with --keep-columns; the parser bounds it).
/// </summary>
/// <param name="bytesPerChar">What one character held costs (<see cref="BatchLimits.BytesPerChar"/>, more with --scores).</param>
public sealed class RowChunkPool(long capacityBytes, int fieldsPerRow, int initialChars = RowChunkPool.InitialChars, int bytesPerChar = BatchLimits.BytesPerChar)
{
    /// <summary>A new chunk's storage: a chunk of reviews (~200 K characters) grows to its size once, then is reused.</summary>
    public const int InitialChars = 64 * 1024;

    /// <summary>A chunk handed back with more storage than this (it held a long row) is dropped, not kept.</summary>
    private const int MaxPooledChars = 2 * BatchLimits.ChunkChars;

    private readonly object _gate = new();
    private readonly Stack<RowChunk> _free = new();
    private long _reserved;

    public long CapacityBytes => capacityBytes;

    /// <summary>The most bytes ever reserved at once (for tests and diagnostics).</summary>
    public long PeakReservedBytes { get; private set; }

    public long ReservedBytes { get { lock (_gate) return _reserved; } }

    /// <summary>An empty chunk: a pooled one, or a new one once the budget has room for it.</summary>
    public RowChunk Rent(CancellationToken cancel)
    {
        lock (_gate)
        {
            while (true)
            {
                if (_free.TryPop(out var pooled)) return pooled;
                long cost = (long)initialChars * bytesPerChar;
                if (TryReserve(cost, ownBytes: 0))
                    return new RowChunk(BatchLimits.ChunkRows, fieldsPerRow, initialChars) { ReservedBytes = cost };
                Wait(cancel);
            }
        }
    }

    /// <summary>Grows <paramref name="chunk"/> (not yet handed on) until it has room for <paramref name="chars"/>
    /// more characters, waiting for the budget.</summary>
    public void EnsureRoom(RowChunk chunk, int chars, CancellationToken cancel)
    {
        if (chunk.FreeChars >= chars) return;
        long needed = (long)chunk.CharCount + chars;
        int length = (int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * chunk.Chars.Length));
        long cost = (long)(length - chunk.Chars.Length) * bytesPerChar;
        lock (_gate)
        {
            while (!TryReserve(cost, chunk.ReservedBytes))
                Wait(cancel);
        }
        chunk.ReservedBytes += cost;
        chunk.Grow(length);
    }

    /// <summary>Takes back a chunk the writer is done with.</summary>
    public void Return(RowChunk chunk)
    {
        chunk.Clear();
        lock (_gate)
        {
            if (chunk.Chars.Length > MaxPooledChars || chunk.SummaryChars.Capacity > MaxPooledChars || chunk.ScoreChars.Capacity > MaxPooledChars)
                _reserved -= chunk.ReservedBytes;
            else _free.Push(chunk);
            Monitor.PulseAll(_gate);
        }
    }

    private bool TryReserve(long bytes, long ownBytes)
    {
        // Pooled chunks are the first to go when the budget is short.
        while (_reserved + bytes > capacityBytes && _free.TryPop(out var pooled))
            _reserved -= pooled.ReservedBytes;
        bool othersAlive = _reserved - ownBytes > 0;
        if (othersAlive && _reserved + bytes > capacityBytes) return false;
        _reserved += bytes;
        PeakReservedBytes = Math.Max(PeakReservedBytes, _reserved);
        return true;
    }

    private void Wait(CancellationToken cancel)
    {
        // Woken by Return; the timeout only bounds how late a cancellation is noticed.
        Monitor.Wait(_gate, TimeSpan.FromMilliseconds(100));
        cancel.ThrowIfCancellationRequested();
    }
}
