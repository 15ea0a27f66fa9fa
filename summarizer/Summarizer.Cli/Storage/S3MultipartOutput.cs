using Amazon.S3;
using Amazon.S3.Model;

namespace Summarizer.Cli.Storage;

/// <summary>
/// Streams a batch's output to S3 as a multipart upload: parts go up while the batch runs (memory stays at
/// a few part buffers whatever the output size), and the object appears only when the upload is completed
/// on commit. A failed run aborts the upload, so no object (and no billed orphan parts) is left.
/// </summary>
public sealed class S3MultipartOutput : IBatchOutput
{
    /// <summary>S3's smallest part (except the last) is 5 MiB; 8 MiB keeps requests few and memory small.</summary>
    private const int PartSize = 8 * 1024 * 1024;
    /// <summary>Parts uploading while the next one fills: enough to overlap the network with the work.</summary>
    private const int MaxPartsInFlight = 2;

    private readonly IAmazonS3 _s3;
    private readonly StorageLocation _location;
    private readonly string _uploadId;
    private readonly PartStream _stream;
    private readonly List<Task<UploadPartResponse>> _parts = [];
    private bool _finished;

    private S3MultipartOutput(IAmazonS3 s3, StorageLocation location, string uploadId)
    {
        _s3 = s3;
        _location = location;
        _uploadId = uploadId;
        _stream = new PartStream(this);
    }

    public Stream Stream => _stream;

    public static async Task<S3MultipartOutput> StartAsync(Lazy<IAmazonS3> client, StorageLocation location, CancellationToken ct)
    {
        try
        {
            var s3 = client.Value;
            var started = await s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest
            {
                BucketName = location.Bucket,
                Key = location.Key,
                ContentType = "text/csv; charset=utf-8",
            }, ct);
            return new S3MultipartOutput(s3, location, started.UploadId);
        }
        catch (Exception ex) when (S3Errors.IsS3Failure(ex))
        {
            throw CliException.OutputFailed($"Cannot write {location}: {S3Errors.Describe(ex)}", ex);
        }
    }

    private void UploadPart(byte[] buffer, int length)
    {
        // Wait for the oldest part when enough are in flight: bounds memory, and surfaces a failed part early.
        if (_parts.Count(p => !p.IsCompleted) >= MaxPartsInFlight)
            Task.WaitAny(_parts.Where(p => !p.IsCompleted).ToArray());
        ThrowIfAnyPartFailed();
        int partNumber = _parts.Count + 1;
        _parts.Add(_s3.UploadPartAsync(new UploadPartRequest
        {
            BucketName = _location.Bucket,
            Key = _location.Key,
            UploadId = _uploadId,
            PartNumber = partNumber,
            InputStream = new MemoryStream(buffer, 0, length, writable: false),
        }));
    }

    private void ThrowIfAnyPartFailed()
    {
        var failed = _parts.FirstOrDefault(p => p.IsFaulted || p.IsCanceled);
        if (failed is not null)
            failed.GetAwaiter().GetResult();
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        try
        {
            _stream.FlushLastPart();
            var uploaded = await Task.WhenAll(_parts);
            var complete = new CompleteMultipartUploadRequest
            {
                BucketName = _location.Bucket,
                Key = _location.Key,
                UploadId = _uploadId,
            };
            complete.AddPartETags(uploaded);
            await _s3.CompleteMultipartUploadAsync(complete, ct);
            _finished = true;
        }
        catch (Exception ex) when (S3Errors.IsS3Failure(ex))
        {
            throw CliException.OutputFailed($"Cannot publish {_location}: {S3Errors.Describe(ex)}", ex);
        }
    }

    public async Task AbortAsync()
    {
        if (_finished) return;
        _finished = true;
        try
        {
            // Let parts in flight settle first: a part that lands after the abort would be billed storage.
            try { await Task.WhenAll(_parts); } catch (Exception) { }
            await _s3.AbortMultipartUploadAsync(new AbortMultipartUploadRequest
            {
                BucketName = _location.Bucket,
                Key = _location.Key,
                UploadId = _uploadId,
            });
        }
        catch (Exception ex)
        {
            // The bucket's lifecycle rule for incomplete uploads is the backstop; say so rather than hide it.
            Console.Error.WriteLine($"warning: could not abort the upload to {_location}: {ex.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished) await AbortAsync();
    }

    /// <summary>The write side: fills one part buffer at a time and hands each full buffer to the upload.</summary>
    private sealed class PartStream(S3MultipartOutput owner) : Stream
    {
        private byte[] _buffer = new byte[PartSize];
        private int _filled;

        public override void Write(ReadOnlySpan<byte> data)
        {
            while (!data.IsEmpty)
            {
                int n = Math.Min(data.Length, PartSize - _filled);
                data[..n].CopyTo(_buffer.AsSpan(_filled));
                _filled += n;
                data = data[n..];
                if (_filled == PartSize)
                {
                    owner.UploadPart(_buffer, _filled);
                    // The uploading part keeps its buffer; the next part gets a fresh one.
                    _buffer = new byte[PartSize];
                    _filled = 0;
                }
            }
        }

        public void FlushLastPart()
        {
            // The last part may be small, and a zero-part upload cannot be completed: always send it when
            // it is the only one.
            if (_filled > 0 || owner._parts.Count == 0)
                owner.UploadPart(_buffer, _filled);
            _filled = 0;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void Flush() { }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
