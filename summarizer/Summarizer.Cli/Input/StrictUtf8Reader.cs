using System.Buffers;
using System.Text.Unicode;

namespace Summarizer.Cli.Input;

/// <summary>
/// Decodes a UTF-8 byte stream for the CSV parser, refusing invalid UTF-8 with the line it is on (a
/// StreamReader would silently turn it into U+FFFD, or throw without saying where). Also skips a
/// leading byte-order mark and counts the bytes consumed, for the progress bar.
/// </summary>
public sealed class StrictUtf8Reader(Stream stream, int bufferSize = 1 << 16) : TextReader
{
    // One buffer per reader (a run has one): at least 4 bytes, the longest UTF-8 sequence.
    private readonly byte[] _bytes = new byte[Math.Max(bufferSize, 4)];
    private int _start;   // first undecoded byte in _bytes
    private int _end;     // end of the bytes read so far
    private bool _endOfStream;
    private bool _atStart = true;
    private long _completedLines; // '\n' seen in the text handed out so far

    /// <summary>Bytes read from the stream so far.</summary>
    public long BytesRead { get; private set; }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> destination)
    {
        if (destination.IsEmpty) return 0;
        while (true)
        {
            if (_end - _start < 4 && !_endOfStream)
                Fill();
            if (_atStart)
            {
                // Fill() has read at least 4 bytes unless the stream is shorter: enough to see a BOM.
                _atStart = false;
                if (_bytes.AsSpan(_start, _end - _start).StartsWith("\uFEFF"u8))
                    _start += 3;
            }
            var input = _bytes.AsSpan(_start, _end - _start);
            if (input.IsEmpty) return 0;

            var status = Utf8.ToUtf16(input, destination, out int bytesRead, out int charsWritten,
                replaceInvalidSequences: false, isFinalBlock: _endOfStream);
            _start += bytesRead;
            _completedLines += destination[..charsWritten].Count('\n');
            if (status == OperationStatus.InvalidData)
                throw new InvalidInputException(_completedLines + 1,
                    $"the input is not valid UTF-8 (byte 0x{_bytes[_start]:X2} at byte offset {BytesRead - (_end - _start)})");
            if (charsWritten > 0)
                return charsWritten;
            // NeedMoreData with nothing decoded: a multi-byte sequence straddles the buffer end; read on.
            if (_endOfStream && _start == _end) return 0;
            if (status == OperationStatus.DestinationTooSmall)
                throw new InvalidOperationException("The read buffer must hold at least two characters.");
        }
    }

    private void Fill()
    {
        // Keep the undecoded tail (at most 3 bytes of a split sequence) at the front, then read more.
        int tail = _end - _start;
        Buffer.BlockCopy(_bytes, _start, _bytes, 0, tail);
        _start = 0;
        _end = tail;
        while (_end < _bytes.Length)
        {
            int n = stream.Read(_bytes, _end, _bytes.Length - _end);
            if (n == 0) { _endOfStream = true; break; }
            _end += n;
            BytesRead += n;
            if (_end >= 4) break;
        }
    }

    public override int Peek() => throw new NotSupportedException("The CSV parser reads blocks only.");
    public override int Read() => throw new NotSupportedException("The CSV parser reads blocks only.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            stream.Dispose();
        base.Dispose(disposing);
    }
}
