using System.Text.Json;
using Summarizer.Contract;

namespace Summarizer.Function.Tests;

/// <summary>A function answer as the workflow sees it: the status it branches on and the contract body.</summary>
internal sealed record Envelope(int StatusCode, string Body, int SizeBytes)
{
    public static Envelope Parse(byte[] utf8)
    {
        using var doc = JsonDocument.Parse(utf8);
        var root = doc.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "statusCode", "body" }), "envelope shape");
        return new Envelope(root.GetProperty("statusCode").GetInt32(), root.GetProperty("body").GetString()!, utf8.Length);
    }

    public SummarizeResponse Summary() =>
        JsonSerializer.Deserialize(Body, ContractJsonContext.Default.SummarizeResponse)
        ?? throw new AssertionException("200 body is null");

    public ErrorResponse Error() =>
        JsonSerializer.Deserialize(Body, ContractJsonContext.Default.ErrorResponse)
        ?? throw new AssertionException("error body is null");
}
