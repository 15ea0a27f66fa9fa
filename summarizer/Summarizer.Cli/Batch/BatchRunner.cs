using System.Diagnostics;
using System.Globalization;
using Amazon.S3;
using Summarizer.Cli.Input;
using Summarizer.Cli.Storage;
using Summarizer.Engine;

namespace Summarizer.Cli.Batch;

/// <summary>
/// Runs one batch end to end: open the input and check its header before anything is created at the
/// output, stream every row through the pipeline, then publish the output only if every row was written;
/// on any failure the output is thrown away. Always ends with a summary line on <c>log</c> (stderr).
/// </summary>
public static class BatchRunner
{
    public static async Task<BatchStats> RunAsync(BatchJob job, SummarizerEngine engine, TextWriter log, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        long rows = 0, errors = 0;
        void Count(long r, long e) { rows = r; errors = e; }

        var s3 = new Lazy<IAmazonS3>(S3ClientFactory.Create);
        try
        {
            using var input = await BatchInput.OpenAsync(job.Input, s3, ct);
            using var reader = OpenReader(job, input);
            await using var output = await BatchOutput.CreateAsync(job.Output, s3, ct);
            try
            {
                using (var writer = new SummaryCsvWriter(output.Stream, reader.Header, job.Columns.KeepColumns, job.Columns.Scores))
                {
                    var summarizer = new RowSummarizer(engine, job.Options, job.Columns.Scores);
                    var pool = new RowChunkPool(BatchLimits.TextBudgetBytes, reader.KeptFieldsPerRow,
                        bytesPerChar: BatchLimits.BytesPerChar + (job.Columns.Scores ? BatchLimits.ScoreBytesPerChar : 0));
                    if (BatchProgress.ShouldShow)
                        BatchProgress.Show(input.Length, () => reader.BytesRead, report =>
                            BatchPipeline.Run(reader, writer, summarizer, pool, job.Threads, (r, e) => { Count(r, e); report(r, e); }, ct));
                    else
                        BatchPipeline.Run(reader, writer, summarizer, pool, job.Threads, Count, ct);
                }
                await output.CommitAsync(ct);
            }
            catch (Exception)
            {
                await output.AbortAsync();
                throw;
            }
            var stats = new BatchStats(rows, errors, clock.Elapsed);
            log.WriteLine(FinalLine(stats));
            return stats;
        }
        catch (InvalidInputException ex)
        {
            log.WriteLine(StoppedLine(rows, errors, clock.Elapsed));
            throw CliException.InvalidInput($"{job.Input}: {ex.Message}");
        }
        catch (Exception)
        {
            log.WriteLine(StoppedLine(rows, errors, clock.Elapsed));
            throw;
        }
        finally
        {
            if (s3.IsValueCreated) s3.Value.Dispose();
        }
    }

    private static ReviewCsvReader OpenReader(BatchJob job, BatchInput input)
    {
        // Reading the header here, before the output exists, means a file without a usable header
        // creates nothing at all at the output location.
        return new ReviewCsvReader(input.Stream, job.Columns, job.MaxTextBytes);
    }

    /// <summary>The line every successful run ends with, e.g.
    /// <c>summarizer: 1000 rows, 2 errors, 0.84 s, 1190 rows/s</c>.</summary>
    public static string FinalLine(BatchStats stats) => string.Create(CultureInfo.InvariantCulture,
        $"summarizer: {stats.Rows} rows, {stats.Errors} errors, {stats.Elapsed.TotalSeconds:F2} s, {stats.RowsPerSecond:F0} rows/s");

    private static string StoppedLine(long rows, long errors, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"summarizer: stopped after {rows} rows written, {errors} errors, {elapsed.TotalSeconds:F2} s; the output was not published");
}
