using Summarizer.Contract;

namespace Summarizer.Testing;

/// <summary>
/// One table of values for every batch option, accepted and refused, hostile ones included: the CLI's flags, the
/// stack's config check, the SSM document's fences and the batch workflow's check of an upload's metadata are each
/// held to it, so the places that apply <see cref="BatchOptionRules"/> cannot drift apart unnoticed.
/// </summary>
public static class BatchOptionSamples
{
    /// <summary>Shell and command-line look-alikes: valid column names (data, never code).</summary>
    public static readonly string[] HostileColumnNames =
    [
        "$(touch PWNED)", "`touch PWNED2`", "'q' \"dq\"; rm -rf x &", "${HOME}$((1+1)) *", "-rf", "--help", "@args.rsp",
        "a\\nb", "=?UTF-8?B?cmV2aWV3?=",
    ];

    public static IReadOnlyList<Sample> All { get; } = Build();

    public static IEnumerable<Sample> Of(BatchOption option) => All.Where(s => s.Option == option);

    private static List<Sample> Build()
    {
        var samples = new List<Sample>();
        void Add(BatchOption option, bool accepted, params string[] values) =>
            samples.AddRange(values.Select(v => new Sample(option, v, accepted)));

        foreach (var column in new[] { BatchOptionRules.IdColumn, BatchOptionRules.TextColumn })
        {
            Add(column, true, ["review_body", "Review Body", "ré sumé ☃", .. HostileColumnNames, new string('x', BatchOptionRules.MaxColumnNameLength)]);
            Add(column, false, "", "a\nb", "a\r\nb", "tab\there", "nul\0", "esc\u001b[31m", "del\u007f",
                new string('x', BatchOptionRules.MaxColumnNameLength + 1));
        }
        Add(BatchOptionRules.KeepColumns, true, "true", "false");
        Add(BatchOptionRules.KeepColumns, false, "", "True", "yes", "1", " true", "true\n", "$(true)");
        Add(BatchOptionRules.Method, true, [.. SummaryMethods.Names]);
        Add(BatchOptionRules.Method, false, "", "Hybrid", "hybrid ", "hybrid\n", "nope", "hybrid,lead", "$(reboot)", "lead;id");
        Add(BatchOptionRules.Sentences, true, "1", "2", "10", "999", "1000");
        Add(BatchOptionRules.Sentences, false, "", "0", "1001", "01", "+2", " 2", "2 ", "2\n", "2.0", "1e3", "-1", "abc", "٣",
            "$(echo 2)", "`echo 2`", "2;reboot", new string('9', 1500));
        Add(BatchOptionRules.Ratio, true, "0.25", "0.5", "0.001", "1", "1.0", "1.000", "0.1234567");
        Add(BatchOptionRules.Ratio, false, "", "0", "0.0", "0.000", "1.5", "1.01", "2", ".5", "0.", "1.", "00.5", "01.5", "1e-1",
            "-0.5", "0,5", " 0.5", "0.5\n", "0.5.1", "NaN", "Infinity", "$(echo 0.5)", "0." + new string('0', 1500));
        return samples;
    }

    /// <summary>One value of one option, and whether its rule accepts it.</summary>
    public sealed record Sample(BatchOption Option, string Value, bool Accepted)
    {
        // Readable test names: control characters shown escaped, long values shortened.
        public override string ToString()
        {
            var shown = string.Concat(Value.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
            if (shown.Length > 40) shown = $"{shown[..20]}…({Value.Length} chars)";
            return $"{Option.ConfigKey}=\"{shown}\" {(Accepted ? "accepted" : "refused")}";
        }
    }
}
