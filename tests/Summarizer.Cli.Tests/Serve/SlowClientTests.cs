using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Summarizer.Cli.Serve;
using Summarizer.Contract;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Serve;

/// <summary>
/// The real `summarizer serve` under clients that send most of a large body and then stall: its memory stays
/// bounded (connection limit × body limit) and they are dropped at the body deadline, while the server keeps
/// answering. Loopback only, a fixed number of connections, and it ends by itself.
/// </summary>
public class SlowClientTests
{
    private const int Clients = 1000;
    private const int BodyBytes = 1_500_000;
    private const long PeakRssLimit = 300L * 1024 * 1024;

    [Test]
    public async Task A_thousand_stalled_large_bodies_keep_the_server_under_300_MB_and_it_keeps_answering()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("/proc/PID/status is Linux only.");
        Assume.That(BodyBytes, Is.LessThanOrEqualTo(ContractLimits.MaxRequestBytes), "bodies the server must buffer, not refuse");
        var port = LoopbackPorts.Free();
        var psi = new ProcessStartInfo(SummarizerProcess.Executable, ["serve", "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        using var server = Process.Start(psi)!;
        var stderr = server.StandardError.ReadToEndAsync();
        var sockets = new List<Socket>();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            await WaitUntilHealthy(http);

            var head = Encoding.ASCII.GetBytes($"POST /summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {BodyBytes + 64}\r\n\r\n{{\"text\": \"");
            var body = Encoding.ASCII.GetBytes(new string('a', BodyBytes));
            var stalled = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, Clients), new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (_, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                lock (sockets) sockets.Add(socket);
                try
                {
                    await socket.ConnectAsync("127.0.0.1", port, ct);
                    await socket.SendAsync(head, ct);
                    // Send most of the body, then stall (never the last 64 bytes); a refused connection just fails.
                    using var sending = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                    await socket.SendAsync(body, sending.Token);
                }
                catch (Exception e) when (e is SocketException or OperationCanceledException) { }
            });

            // Past the body deadline every stalled request has been answered 408 and closed.
            var wait = ServeLimits.BodyDeadline + TimeSpan.FromSeconds(3) - stalled.Elapsed;
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            using var health = await http.GetAsync("/health");
            var peak = PeakMemory.HighWaterMark(server.Id);

            Assert.That(health.IsSuccessStatusCode, Is.True, "the server still answers");
            Assert.That(peak, Is.LessThan(PeakRssLimit), $"peak RSS {peak / (1024 * 1024)} MB");
            TestContext.Out.WriteLine($"serve peak RSS under {Clients} stalled {BodyBytes / 1000} kB bodies: {peak / (1024 * 1024)} MB");
        }
        finally
        {
            foreach (var s in sockets) s.Dispose();
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
        var log = await stderr;
        Assert.That(log, Does.Not.Contain("fail:").And.Not.Contain("Unhandled"), log);
    }

    private static async Task WaitUntilHealthy(HttpClient http)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            if (clock.Elapsed > TimeSpan.FromSeconds(60)) Assert.Fail("summarizer serve did not start listening within 60 s");
            await Task.Delay(100);
        }
    }
}
