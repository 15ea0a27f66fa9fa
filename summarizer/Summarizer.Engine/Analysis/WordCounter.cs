using System.Numerics;

namespace Summarizer.Engine.Analysis;

/// <summary>Counts word ids of one document: open addressing over reusable arrays, cleared per document,
/// so counting allocates nothing after warm-up.</summary>
internal sealed class WordCounter
{
    private int[] _keys = new int[256];
    private int[] _counts = new int[256];
    private bool[] _used = new bool[256];
    private int _mask = 255;

    /// <summary>Empties the table and sizes it for up to <paramref name="distinct"/> distinct ids.</summary>
    public void Reset(int distinct)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, distinct * 2));
        if (size > _keys.Length)
        {
            _keys = new int[size];
            _counts = new int[size];
            _used = new bool[size];
        }
        else
        {
            _used.AsSpan(0, size).Clear();
        }
        _mask = size - 1;
    }

    public void Increment(int id)
    {
        int slot = Slot(id);
        if (_used[slot]) _counts[slot]++;
        else
        {
            _used[slot] = true;
            _keys[slot] = id;
            _counts[slot] = 1;
        }
    }

    public int Get(int id)
    {
        int slot = Slot(id);
        return _used[slot] ? _counts[slot] : 0;
    }

    private int Slot(int id)
    {
        int slot = (int)((uint)id * 0x9E3779B9u >> 7) & _mask;
        while (_used[slot] && _keys[slot] != id) slot = (slot + 1) & _mask;
        return slot;
    }
}
