using System.Text;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests;

/// <summary>Runs the real `summarizer` program (the apphost built beside the tests) as a child process, so
/// tests exercise the whole path: argument parsing, stdin/stdout, exit codes, the AWS environment.</summary>
public static class SummarizerProcess
{
    public static string Executable
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "summarizer.exe" : "summarizer");
            if (!File.Exists(path))
                Assert.Fail($"The summarizer program was not built beside the tests ({path}).");
            return path;
        }
    }

    public static Result Run(IEnumerable<string> args, string? stdin = null, IDictionary<string, string?>? environment = null)
    {
        var (code, stdout, stderr) = ExternalTool.Run(Executable, args, stdin, environment: environment, timeout: TimeSpan.FromMinutes(2));
        return new Result(code, stdout, stderr);
    }

    public static Result Run(params string[] args) => Run((IEnumerable<string>)args);

    public sealed record Result(int ExitCode, string StdOut, string StdErr)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stderr ---\n{StdErr}\n--- stdout (start) ---\n{StdOut[..Math.Min(StdOut.Length, 2000)]}";
    }

    public static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
