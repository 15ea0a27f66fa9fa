using System.Runtime.CompilerServices;

namespace Summarizer.Engine.Analysis;

/// <summary>A reusable list over a plain array: Clear() keeps the storage, so a per-thread scratch
/// object stops allocating once it has seen its largest document.</summary>
internal sealed class ScratchList<T>(int capacity = 16)
{
    public T[] Items = new T[Math.Max(1, capacity)];
    public int Count;

    public Span<T> Span => Items.AsSpan(0, Count);

    public void Clear() => Count = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T item)
    {
        if (Count == Items.Length) Array.Resize(ref Items, Items.Length * 2);
        Items[Count++] = item;
    }

    /// <summary>Makes room for <paramref name="size"/> items and sets Count to it (contents unspecified).</summary>
    public Span<T> Resize(int size)
    {
        if (size > Items.Length) Items = new T[Math.Max(size, Items.Length * 2)];
        Count = size;
        return Items.AsSpan(0, size);
    }
}
