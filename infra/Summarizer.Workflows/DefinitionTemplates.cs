using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.Workflows;

/// <summary>
/// Loads the files under <c>Definitions/</c> (state machines, SSM document, API Gateway templates and
/// model), which ship embedded in this assembly so the Pulumi program, the tests and the validators all
/// read the very same bytes. A file holds placeholders written <c>${Name}</c>; <see cref="Render"/>
/// substitutes them and refuses to leave any unfilled or to accept an unknown one, so a renamed
/// placeholder cannot silently deploy a broken definition.
/// </summary>
public static partial class DefinitionTemplates
{
    private static readonly Assembly Self = typeof(DefinitionTemplates).Assembly;

    /// <summary>The raw text of a file under Definitions/, e.g. <c>"batch.asl.json"</c>.</summary>
    public static string Read(string fileName)
    {
        var resource = $"{nameof(Summarizer)}.{nameof(Workflows)}.Definitions.{fileName}";
        using var stream = Self.GetManifestResourceStream(resource)
            ?? throw new FileNotFoundException($"No definition file '{fileName}' is embedded (looked for resource '{resource}').");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The placeholder names a file uses, in order of first appearance.</summary>
    public static IReadOnlyList<string> PlaceholdersOf(string fileName) =>
        Placeholder().Matches(Read(fileName)).Select(m => m.Groups["name"].Value).Distinct().ToList();

    /// <summary>The file with every <c>${Name}</c> replaced by <paramref name="values"/>[Name].</summary>
    /// <exception cref="ArgumentException">A placeholder has no value, or a value names no placeholder.</exception>
    public static string Render(string fileName, IReadOnlyDictionary<string, string> values)
    {
        var text = Read(fileName);
        var used = new HashSet<string>();
        var missing = new List<string>();
        var rendered = Placeholder().Replace(text, m =>
        {
            var name = m.Groups["name"].Value;
            used.Add(name);
            if (values.TryGetValue(name, out var v)) return v;
            missing.Add(name);
            return m.Value;
        });
        if (missing.Count > 0)
            throw new ArgumentException($"{fileName}: no value for placeholder(s) {string.Join(", ", missing.Distinct())}.");
        var unknown = values.Keys.Where(k => !used.Contains(k)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"{fileName}: value(s) given for unknown placeholder(s) {string.Join(", ", unknown)}.");
        return rendered;
    }

    /// <summary>A number as JSON and VTL write it: invariant culture, shortest round-trip form (1.0 -> "1").</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Text for a placeholder inside a JSON string: escaped as JSON escapes it (quotes, backslashes, control
    /// characters), so any value stays one string of the definition.</summary>
    public static string JsonText(string value) => JsonSerializer.Serialize(value)[1..^1];

    /// <summary>Text for a placeholder inside a single-quoted literal of an intrinsic function, itself inside a JSON
    /// string: the intrinsic escapes (\' \{ \} \\) first, then JSON's.</summary>
    public static string IntrinsicText(string value) =>
        JsonText(Regex.Replace(value, @"['{}\\]", m => "\\" + m.Value));

    // ${Name}: letters and digits only, so VTL's own $input / $util syntax is never mistaken for one.
    [GeneratedRegex(@"\$\{(?<name>[A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
