using System.Text;
using System.Text.Json.Nodes;

namespace Summarizer.Workflows.Policies;

/// <summary>
/// What is statically known about a string a Task passes to a service: the exact value, or a literal prefix
/// (e.g. <c>summaries/</c> for <c>States.Format('summaries/{}.summary.csv', $.key)</c>). Resource ARNs are
/// scoped with it, so a definition that builds keys under a prefix gets permissions on that prefix only.
/// </summary>
public sealed record ValueScope(string Prefix, bool Exact)
{
    public static readonly ValueScope Unknown = new("", false);

    /// <summary>The IAM resource pattern: the exact value, or the prefix followed by <c>*</c>.</summary>
    public string Pattern => Exact ? Prefix : Prefix + "*";

    /// <summary>The scope of parameter <paramref name="name"/> (static <c>name</c> or dynamic <c>name.$</c>).</summary>
    public static ValueScope OfParameter(JsonObject? parameters, string name, IReadOnlyDictionary<string, List<string>> assignments)
    {
        if (parameters is null) return Unknown;
        if (parameters[name] is JsonValue v && v.TryGetValue<string>(out var literal)) return new(literal, true);
        if (parameters[name + ".$"] is JsonValue e && e.TryGetValue<string>(out var expression))
            return OfExpression(expression, assignments, depth: 0);
        return Unknown;
    }

    /// <summary>The scope of a JSONPath-mode expression: a quoted literal, States.Format, a $variable, or a path.</summary>
    public static ValueScope OfExpression(string expression, IReadOnlyDictionary<string, List<string>> assignments, int depth)
    {
        // Variables can be assigned from each other; a cycle (or absurd depth) just means "unknown".
        if (depth > 16) return Unknown;
        expression = expression.Trim();
        if (expression.Length >= 2 && expression[0] == '\'' && expression[^1] == '\'')
            return new(Unquote(expression), true);
        if (expression.StartsWith("States.Format(", StringComparison.Ordinal) && expression.EndsWith(')'))
        {
            var args = SplitArguments(expression["States.Format(".Length..^1]);
            if (args.Count == 0 || !args[0].StartsWith('\'')) return Unknown;
            var template = Unquote(args[0]);
            int slot = template.IndexOf("{}", StringComparison.Ordinal);
            if (slot < 0) return new(template, true);
            var head = template[..slot];
            var first = args.Count > 1 ? OfExpression(args[1], assignments, depth + 1) : Unknown;
            return new(head + first.Prefix, false);
        }
        // A $variable, or a payload path that a Pass state filled.
        if (assignments.TryGetValue(expression, out var sources) && sources.Count > 0)
        {
            var scopes = sources.Select(s => OfExpression(s, assignments, depth + 1)).ToList();
            if (scopes.All(s => s.Exact && s.Prefix == scopes[0].Prefix)) return scopes[0];
            return new(CommonPrefix(scopes.Select(s => s.Prefix)), false);
        }
        return Unknown;
    }

    private static string CommonPrefix(IEnumerable<string> values)
    {
        string? prefix = null;
        foreach (var v in values)
        {
            if (prefix is null) { prefix = v; continue; }
            int n = 0;
            while (n < prefix.Length && n < v.Length && prefix[n] == v[n]) n++;
            prefix = prefix[..n];
        }
        return prefix ?? "";
    }

    /// <summary>The text of a single-quoted intrinsic-function literal (escapes: \' \{ \} \\).</summary>
    private static string Unquote(string quoted)
    {
        var sb = new StringBuilder();
        for (int i = 1; i < quoted.Length - 1; i++)
        {
            if (quoted[i] == '\\' && i + 1 < quoted.Length - 1) i++;
            sb.Append(quoted[i]);
        }
        return sb.ToString();
    }

    /// <summary>Splits intrinsic-function arguments at top-level commas (not inside quotes or parentheses).</summary>
    private static List<string> SplitArguments(string text)
    {
        var args = new List<string>();
        int depth = 0, start = 0;
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '\\') i++;
                else if (c == '\'') quoted = false;
                continue;
            }
            switch (c)
            {
                case '\'': quoted = true; break;
                case '(': depth++; break;
                case ')': depth--; break;
                case ',' when depth == 0:
                    args.Add(text[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }
        if (text.Trim().Length > 0) args.Add(text[start..].Trim());
        return args;
    }
}
