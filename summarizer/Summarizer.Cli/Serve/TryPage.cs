using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Summarizer.Contract;

namespace Summarizer.Cli.Serve;

/// <summary>
/// GET /: one self-contained page to try POST /summarize in a browser (try.html, embedded in this assembly: no build
/// step, nothing fetched from elsewhere). Its <c>{{name}}</c> placeholders are filled once, when the server is built,
/// with the engine's methods and the contract's values, so serving it is writing the same bytes every time. The
/// Content-Security-Policy allows exactly its own inline style and script (by hash) and calls to this server.
/// </summary>
public sealed partial class TryPage
{
    public const string Path = "/";
    private const string ResourceName = "Summarizer.Cli.Serve.try.html";

    private readonly byte[] _html;

    public string ContentSecurityPolicy { get; }

    public TryPage(IReadOnlyList<string> methods, string defaultMethod)
    {
        var values = new Dictionary<string, string>
        {
            ["methodOptions"] = string.Concat(methods.Select(m =>
                $"<option value=\"{WebUtility.HtmlEncode(m)}\"{(m == defaultMethod ? " selected" : "")}>{WebUtility.HtmlEncode(m)}</option>")),
            ["minSentences"] = ContractLimits.MinSentences.ToString(CultureInfo.InvariantCulture),
            ["maxSentences"] = ContractLimits.MaxSentences.ToString(CultureInfo.InvariantCulture),
            ["maxRatio"] = ContractLimits.MaxRatio.ToString(CultureInfo.InvariantCulture),
            ["summarizePath"] = SummarizeRoute.Path,
            ["contentType"] = ContractJson.ContentType,
        };
        var html = Placeholder().Replace(Template(), m => values.TryGetValue(m.Groups["name"].Value, out var v)
            ? v : throw new InvalidOperationException($"try.html: no value for {{{{{m.Groups["name"].Value}}}}}."));
        _html = Encoding.UTF8.GetBytes(html);
        ContentSecurityPolicy = "default-src 'none'; connect-src 'self'; base-uri 'none'; form-action 'none'; " +
                                $"style-src {Hash(html, "style")}; script-src {Hash(html, "script")}";
    }

    public Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.ContentLength = _html.Length;
        return response.Body.WriteAsync(_html, 0, _html.Length);
    }

    private static string Template()
    {
        using var stream = typeof(TryPage).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The page {ResourceName} is not embedded in the program.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The CSP source for the page's one inline element of that name: the SHA-256 of its content.</summary>
    private static string Hash(string html, string element)
    {
        var blocks = Regex.Matches(html, $"<{element}>(.*?)</{element}>", RegexOptions.Singleline);
        if (blocks.Count != 1) throw new InvalidOperationException($"try.html must hold exactly one <{element}>.");
        return $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(blocks[0].Groups[1].Value)))}'";
    }

    [GeneratedRegex(@"\{\{(?<name>[A-Za-z]+)\}\}")]
    private static partial Regex Placeholder();
}
