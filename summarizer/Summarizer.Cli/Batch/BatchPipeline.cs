using System.Collections.Concurrent;
using System.Diagnostics;
using Summarizer.Cli.Input;
using System.Runtime.ExceptionServices;

namespace Summarizer.Cli.Batch;

/// <summary>What a finished (or stopped) batch did.</summary>
public readonly record struct BatchStats(long Rows, long Errors, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// The streaming batch: one reader thread parses chunks of rows, N worker threads summarize them, and the
/// calling thread writes them in input order and hands each chunk back to the pool. Memory is bounded by
/// bytes: every chunk's text storage comes out of the pool's budget (<see cref="BatchLimits.TextBudgetBytes"/>),
/// so the reader waits when the text in flight reaches it, whatever the row sizes; the bounded queues keep
/// the chunk count small too, and the slowest stage sets the pace.
/// </summary>
public static class BatchPipeline
{
    /// <param name="onProgress">Called on the writing thread after each chunk with rows and errors so far.</param>
    /// <param name="pool">Where chunks come from: its budget bounds the text in flight.</param>
    public static BatchStats Run(ReviewCsvReader reader, SummaryCsvWriter writer, RowSummarizer summarizer, RowChunkPool pool,
        int workers, Action<long, long>? onProgress, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        // In input order, for the writer; and in any order, for the workers. The writer waits on each chunk's
        // Done, so order is kept without sorting.
        using var inOrder = new BlockingCollection<RowChunk>(boundedCapacity: workers * 4);
        using var toSummarize = new BlockingCollection<RowChunk>(boundedCapacity: workers * 2);
        Exception? failure = null;
        void Fail(Exception ex)
        {
            Interlocked.CompareExchange(ref failure, ex, null);
            stop.Cancel();
        }

        var readerThread = StartThread("csv-reader", () =>
        {
            try
            {
                while (true)
                {
                    var chunk = pool.Rent(stop.Token);
                    if (!reader.ReadChunk(chunk, pool, stop.Token))
                    {
                        pool.Return(chunk);
                        break;
                    }
                    inOrder.Add(chunk, stop.Token);
                    toSummarize.Add(chunk, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception ex) when (ex is not InvalidInputException)
            {
                Fail(CliException.InputUnavailable($"Reading the input failed: {ex.Message}", ex));
            }
            catch (Exception ex) { Fail(ex); }
            finally
            {
                inOrder.CompleteAdding();
                toSummarize.CompleteAdding();
            }
        });
        var workerThreads = Enumerable.Range(0, workers).Select(i => StartThread($"summarizer-{i}", () =>
        {
            try
            {
                foreach (var chunk in toSummarize.GetConsumingEnumerable(stop.Token))
                {
                    summarizer.Summarize(chunk);
                    chunk.Done.Set();
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception ex) { Fail(ex); }
        })).ToList();

        long rows = 0, errors = 0;
        try
        {
            foreach (var chunk in inOrder.GetConsumingEnumerable(stop.Token))
            {
                chunk.Done.Wait(stop.Token);
                writer.Write(chunk);
                rows += chunk.Count;
                for (int i = 0; i < chunk.Count; i++)
                    if (chunk.Errors[i] is not null) errors++;
                pool.Return(chunk);
                onProgress?.Invoke(rows, errors);
            }
            writer.Flush();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        catch (Exception ex) { Fail(CliException.OutputFailed($"Writing the output failed: {ex.Message}", ex)); }
        finally
        {
            bool finished = !stop.IsCancellationRequested;
            stop.Cancel(); // no-op on success (everything is done); unblocks the queue waits on failure
            foreach (var t in workerThreads) t.Join();
            // On success the reader is done. Otherwise it may be blocked reading a pipe or a socket that no
            // token can interrupt (stdin with nothing coming): give it a moment, then leave it. It is a
            // background thread, so it cannot keep the process alive.
            readerThread.Join(finished ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(2));
        }

        if (failure is not null)
            ExceptionDispatchInfo.Capture(failure).Throw();
        cancel.ThrowIfCancellationRequested();
        return new BatchStats(rows, errors, clock.Elapsed);
    }

    private static Thread StartThread(string name, Action body)
    {
        var thread = new Thread(() => body()) { Name = name, IsBackground = true };
        thread.Start();
        return thread;
    }
}
