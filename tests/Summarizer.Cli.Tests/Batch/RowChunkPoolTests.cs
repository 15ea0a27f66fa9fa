using Summarizer.Cli.Batch;

namespace Summarizer.Cli.Tests.Batch;

/// <summary>The text budget: storage is paid for before it exists, a reader waits for the writer, and a
/// single record larger than the budget still gets through when it is alone.</summary>
public class RowChunkPoolTests
{
    private const int CharBytes = BatchLimits.BytesPerChar;

    [Test]
    public void RentWaitsUntilAChunkComesBackWhenTheBudgetIsSpent()
    {
        var pool = new RowChunkPool(capacityBytes: 2 * 1000 * CharBytes, fieldsPerRow: 0, initialChars: 1000);
        var first = pool.Rent(CancellationToken.None);
        var second = pool.Rent(CancellationToken.None);
        Assert.That(pool.ReservedBytes, Is.EqualTo(2 * 1000 * CharBytes));

        var third = Task.Run(() => pool.Rent(CancellationToken.None));
        Assert.That(third.Wait(300), Is.False, "no room in the budget: the third chunk waits");
        pool.Return(first);
        Assert.That(third.Wait(5000), Is.True, "the returned chunk is handed out again");
        Assert.That(third.Result, Is.SameAs(first));
        Assert.That(pool.PeakReservedBytes, Is.EqualTo(2 * 1000 * CharBytes), "never above the budget");
        GC.KeepAlive(second);
    }

    [Test]
    public void GrowingWaitsForTheBudgetAndDropsPooledChunksFirst()
    {
        var pool = new RowChunkPool(capacityBytes: 4 * 1000 * CharBytes, fieldsPerRow: 0, initialChars: 1000);
        var a = pool.Rent(CancellationToken.None);
        var b = pool.Rent(CancellationToken.None);
        var c = pool.Rent(CancellationToken.None);
        pool.Return(c); // pooled: 3000 chars reserved, 1000 of them idle

        pool.EnsureRoom(a, 2000, CancellationToken.None); // needs 1000 more chars: the pooled chunk goes
        Assert.That(a.FreeChars, Is.GreaterThanOrEqualTo(2000));
        Assert.That(pool.ReservedBytes, Is.EqualTo(4 * 1000 * CharBytes));

        var grow = Task.Run(() => pool.EnsureRoom(b, 3000, CancellationToken.None));
        Assert.That(grow.Wait(300), Is.False, "b waits while a holds the rest of the budget");
        pool.Return(a); // pooled, and pooled storage is the first to be reclaimed
        Assert.That(grow.Wait(5000), Is.True);
        Assert.That(b.FreeChars, Is.GreaterThanOrEqualTo(3000));
        Assert.That(pool.PeakReservedBytes, Is.LessThanOrEqualTo(4 * 1000 * CharBytes));
    }

    [Test]
    public void ARecordLargerThanTheBudgetGetsThroughWhenItsChunkIsAlone()
    {
        var pool = new RowChunkPool(capacityBytes: 1000 * CharBytes, fieldsPerRow: 0, initialChars: 100);
        var chunk = pool.Rent(CancellationToken.None);
        int huge = 2 * BatchLimits.ChunkChars + 1; // also more than a chunk is kept for reuse
        var grow = Task.Run(() => pool.EnsureRoom(chunk, huge, CancellationToken.None));
        Assert.That(grow.Wait(5000), Is.True, "waiting would never end: nothing else can give budget back");
        Assert.That(chunk.FreeChars, Is.GreaterThanOrEqualTo(huge));
        pool.Return(chunk);
        Assert.That(pool.ReservedBytes, Is.Zero, "a chunk grown past the pooled size is dropped and its budget freed");
    }

    [Test]
    public void AWaitEndsWhenTheRunIsCancelled()
    {
        var pool = new RowChunkPool(capacityBytes: 1000 * CharBytes, fieldsPerRow: 0, initialChars: 1000);
        pool.Rent(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = Task.Run(() => pool.Rent(cancel.Token));
        cancel.Cancel();
        Assert.That(() => waiting.Wait(5000), Throws.InstanceOf<AggregateException>().With.InnerException.InstanceOf<OperationCanceledException>());
    }
}
