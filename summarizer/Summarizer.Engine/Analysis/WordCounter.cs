using System.Numerics;

namespace Summarizer.Engine.Analysis;

/// <summary>Counts the word ids of one document and numbers the distinct ones 0, 1, 2, … in order of first
/// occurrence: open addressing over reusable arrays, cleared per document, so it allocates nothing after warm-up.</summary>
internal sealed class WordCounter
{
    private int[] _keys = new int[256];
    private int[] _numbers = new int[256]; // the key's number + 1; 0 marks an empty slot
    private int _mask = 255;
    private readonly ScratchList<int> _ids = new(128);
    private readonly ScratchList<int> _counts = new(128);

    /// <summary>Empties the table and sizes it for up to <paramref name="distinct"/> distinct ids.</summary>
    public void Reset(int distinct)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, distinct * 2));
        if (size > _keys.Length)
        {
            _keys = new int[size];
            _numbers = new int[size];
        }
        else
        {
            _numbers.AsSpan(0, size).Clear();
        }
        _mask = size - 1;
        _ids.Clear();
        _counts.Clear();
    }

    /// <summary>Counts one occurrence of <paramref name="id"/> and returns its number.</summary>
    public int Increment(int id)
    {
        int slot = (int)((uint)id * 0x9E3779B9u >> 7) & _mask;
        while (true)
        {
            int number = _numbers[slot] - 1;
            if (number < 0)
            {
                number = _ids.Count;
                _numbers[slot] = number + 1;
                _keys[slot] = id;
                _ids.Add(id);
                _counts.Add(1);
                return number;
            }
            if (_keys[slot] == id)
            {
                _counts.Items[number]++;
                return number;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The distinct ids counted since <see cref="Reset"/>, by number.</summary>
    public ReadOnlySpan<int> Ids => _ids.Span;

    /// <summary>Each distinct id's number of occurrences, by number.</summary>
    public ReadOnlySpan<int> Counts => _counts.Span;
}
