using System.CommandLine.Parsing;
using System.Globalization;
using Summarizer.Contract;

namespace Summarizer.Cli.Commands;

/// <summary>Number options parsed and range-checked in one step, so a bad value ("x", "0", "1.5") is a
/// usage error with a clear message (a separate validator would first have to convert the value, and a
/// conversion failure there escapes as an exception).</summary>
public static class OptionParsers
{
    public static Func<ArgumentResult, int?> Int(int min, int max, string message) => result =>
    {
        if (result.Tokens.Count == 1
            && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n)
            && n >= min && n <= max)
            return n;
        result.AddError(message);
        return null;
    };

    public static Func<ArgumentResult, double?> Double(Func<double, bool> isValid, string message) => result =>
    {
        if (result.Tokens.Count == 1
            && double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double x)
            && isValid(x))
            return x;
        result.AddError(message);
        return null;
    };

    /// <summary>A batch option's value checked by its shared rule (<see cref="BatchOptionRules"/>), then converted;
    /// the error names the flag and what it accepts.</summary>
    public static Func<ArgumentResult, T?> Rule<T>(BatchOption option, Func<string, T> convert) => result =>
    {
        if (result.Tokens.Count == 1 && option.Accepts(result.Tokens[0].Value))
            return convert(result.Tokens[0].Value);
        result.AddError($"{option.Flag} must be {option.Accepted}.");
        return default;
    };
}
