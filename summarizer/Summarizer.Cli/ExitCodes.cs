namespace Summarizer.Cli;

/// <summary>The process exit codes of every command, documented in --help and the README. Distinct so a
/// script (or the batch workflow) can tell a bad file from a bad command line or an unreachable bucket.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>A bug or an unexpected failure; the message says what happened.</summary>
    public const int Unexpected = 1;
    /// <summary>The command line is wrong (unknown option, bad value, conflicting options).</summary>
    public const int Usage = 2;
    /// <summary>The input data is broken: unterminated quote, missing header or text column, invalid UTF-8,
    /// empty file, empty text on stdin.</summary>
    public const int InvalidInput = 3;
    /// <summary>The input (or the embeddings file) cannot be read: no such file or object, access denied.</summary>
    public const int InputUnavailable = 4;
    /// <summary>The output cannot be written or published: no such folder, access denied, upload failed.</summary>
    public const int OutputFailed = 5;
    /// <summary>`serve` cannot listen on --urls (address in use, bad URL).</summary>
    public const int ServeFailed = 6;
    /// <summary>Interrupted (Ctrl-C / SIGTERM); nothing was published.</summary>
    public const int Interrupted = 130;

    /// <summary>The exit-code table for --help and the README.</summary>
    public const string HelpText =
        "Exit codes: 0 success; 1 unexpected error; 2 bad command line; 3 broken input data " +
        "(unterminated quote, missing header or text column, invalid UTF-8, empty input); " +
        "4 input or embeddings cannot be read; 5 output cannot be written; 6 serve cannot listen; 130 interrupted.";
}
