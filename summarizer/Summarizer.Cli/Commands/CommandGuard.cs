namespace Summarizer.Cli.Commands;

/// <summary>Turns what a command throws into a message on stderr and the documented exit code.</summary>
public static class CommandGuard
{
    public static async Task<int> RunAsync(Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (CliException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("error: interrupted; nothing was published.");
            return ExitCodes.Interrupted;
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"error: unexpected failure: {ex}");
            return ExitCodes.Unexpected;
        }
    }
}
