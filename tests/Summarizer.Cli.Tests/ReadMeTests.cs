using System.Reflection;
using System.Text.RegularExpressions;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests;

/// <summary>The README's description of the `summarizer` program against the program itself: the synopsis against
/// each command's --help, the exit-code table against <see cref="ExitCodes"/>.</summary>
public class ReadMeTests
{
    // Every command the program has, so a new command cannot go undocumented.
    private static IEnumerable<string> Commands() => CliApp.CreateRoot().Subcommands.Select(c => c.Name);

    [TestCaseSource(nameof(Commands))]
    public void The_synopsis_of_each_command_has_exactly_its_arguments_and_options_with_their_defaults(string command)
    {
        var help = SummarizerProcess.Run(command, "--help");
        Assert.That(help.ExitCode, Is.EqualTo(0), help.ToString());
        var synopsis = Synopsis(command);

        var helpOptions = Regex.Matches(help.StdOut, @"^\s+(?:-\S+, )*(--[a-z-]+)", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).Where(o => o != "--help").ToHashSet();
        var readmeOptions = Regex.Matches(synopsis, @"--[a-z-]+").Select(m => m.Value).ToHashSet();
        Assert.That(readmeOptions, Is.EquivalentTo(helpOptions), "options");

        var helpArguments = Regex.Matches(help.StdOut.Split("Usage:")[1].Split('\n')[1], "<([A-Z]+)>").Select(m => m.Groups[1].Value);
        var readmeArguments = Regex.Matches(synopsis, @"(?<=^|\s)([A-Z]{2,})(?=\s|$)").Select(m => m.Value)
            .Where(a => !Regex.IsMatch(synopsis, $@"--[a-z-]+ {a}\b"));
        Assert.That(readmeArguments, Is.EqualTo(helpArguments), "positional arguments, in order");

        // An option shown with a concrete value (not a placeholder such as N or PATH) shows its default.
        foreach (Match shown in Regex.Matches(synopsis, @"\[(--[a-z-]+) ([^\]\s|]+)\]"))
        {
            var (option, value) = (shown.Groups[1].Value, shown.Groups[2].Value);
            if (Regex.IsMatch(value, "^[A-Z]+$")) continue;
            var line = help.StdOut.Split('\n').Single(l => Regex.IsMatch(l, $@"^\s+{Regex.Escape(option)}\b"));
            Assert.That(line, Does.Contain($"[default: {value}]"), option);
        }
    }

    [Test]
    public void The_exit_code_table_is_exactly_the_programs_exit_codes()
    {
        var documented = ReadMe.TableRows(ReadMe.Block("exit-codes")).Select(r => int.Parse(r[0])).ToList();
        var codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(int)).Select(f => (int)f.GetRawConstantValue()!).ToList();
        Assert.That(documented, Is.EquivalentTo(codes));
        foreach (var code in codes)
            Assert.That(ExitCodes.HelpText, Does.Contain($"{code} "), $"--help documents exit code {code} too");
    }

    // The synopsis lines of one command: its first line and the continuation lines indented under it.
    private static string Synopsis(string command)
    {
        var lines = ReadMe.Block("cli-synopsis").Split('\n');
        var start = Array.FindIndex(lines, l => Regex.IsMatch(l, $@"^summarizer {command}\b"));
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"the README's synopsis has no line for '{command}'");
        var body = lines.Skip(start + 1).TakeWhile(l => l.StartsWith(' ')).Prepend(lines[start]);
        return string.Join(' ', body)[$"summarizer {command}".Length..];
    }
}
