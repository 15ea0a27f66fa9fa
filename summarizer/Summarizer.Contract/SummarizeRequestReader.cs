using System.Text;
using System.Text.Json;

namespace Summarizer.Contract;

/// <summary>The outcome of reading a request: either a valid request or the contract error to answer.</summary>
public readonly record struct RequestReadResult(SummarizeRequest? Request, ErrorResponse? Error)
{
    public bool IsValid => Error is null;
    public int StatusCode => Error is null ? 200 : ErrorCodes.StatusCodeOf(Error.Error);

    internal static RequestReadResult Invalid(string message) => new(null, new ErrorResponse(ErrorCodes.InvalidInput, message));
}

/// <summary>
/// Reads and validates a POST /summarize body. The one implementation of the contract's input rules,
/// used by <c>summarizer serve</c>, the Lambda function and the tests, so that the local server and the
/// deployed API answer the same bytes with the same status.
/// </summary>
public static class SummarizeRequestReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 16 };

    /// <param name="utf8Body">The raw request body.</param>
    /// <param name="isKnownMethod">Tells whether a method name is one the engine has; null accepts any name.</param>
    public static RequestReadResult Read(ReadOnlySpan<byte> utf8Body, Func<string, bool>? isKnownMethod = null)
    {
        if (utf8Body.Length > ContractLimits.MaxRequestBytes)
            return TooLarge();
        if (utf8Body.IsEmpty)
            return RequestReadResult.Invalid("The request body is empty; send a JSON object such as {\"text\": \"...\"}.");

        string? text = null;
        bool textSeen = false;
        int? sentences = null;
        double? ratio = null;
        string? method = null;
        try
        {
            var reader = new Utf8JsonReader(utf8Body, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return RequestReadResult.Invalid("The request body must be a JSON object such as {\"text\": \"...\"}.");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                // The reader only yields property names here: the object is walked one property at a time.
                string name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "text":
                        textSeen = true;
                        if (reader.TokenType == JsonTokenType.Null) { text = null; break; }
                        if (reader.TokenType != JsonTokenType.String)
                            return RequestReadResult.Invalid("'text' must be a string.");
                        // Measure before materialising: a hostile body should not cost a huge string.
                        if (reader.ValueSpan.Length > ContractLimits.MaxTextUtf8Bytes && !reader.ValueIsEscaped)
                            return TooLarge();
                        text = reader.GetString();
                        break;
                    case "sentences":
                        if (reader.TokenType == JsonTokenType.Null) { sentences = null; break; }
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int n))
                            return RequestReadResult.Invalid($"'sentences' must be a whole number from {ContractLimits.MinSentences} to {ContractLimits.MaxSentences}.");
                        sentences = n;
                        break;
                    case "ratio":
                        if (reader.TokenType == JsonTokenType.Null) { ratio = null; break; }
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out double r))
                            return RequestReadResult.Invalid("'ratio' must be a number above 0 and at most 1.");
                        ratio = r;
                        break;
                    case "method":
                        if (reader.TokenType == JsonTokenType.Null) { method = null; break; }
                        if (reader.TokenType != JsonTokenType.String)
                            return RequestReadResult.Invalid("'method' must be a string.");
                        method = reader.GetString();
                        break;
                    default:
                        // Unknown properties are ignored, as most JSON APIs do, so clients can evolve.
                        reader.Skip();
                        break;
                }
            }
            // Anything after the object (a second value, garbage) makes the body invalid JSON.
            if (reader.Read())
                return RequestReadResult.Invalid("The request body must hold exactly one JSON object.");
        }
        catch (JsonException ex)
        {
            return RequestReadResult.Invalid($"The request body is not valid JSON: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            // GetString on invalid UTF-8 or lone surrogates lands here.
            return RequestReadResult.Invalid($"The request body is not valid JSON text: {ex.Message}");
        }

        if (!textSeen || text is null)
            return RequestReadResult.Invalid("'text' is required: send {\"text\": \"...\"}.");
        if (string.IsNullOrWhiteSpace(text))
            return RequestReadResult.Invalid("'text' must not be empty.");
        if (Encoding.UTF8.GetByteCount(text) > ContractLimits.MaxTextUtf8Bytes)
            return TooLarge();
        if (sentences is not null && ratio is not null)
            return RequestReadResult.Invalid("Give either 'sentences' or 'ratio', not both.");
        if (sentences is < ContractLimits.MinSentences or > ContractLimits.MaxSentences)
            return RequestReadResult.Invalid($"'sentences' must be a whole number from {ContractLimits.MinSentences} to {ContractLimits.MaxSentences}.");
        if (ratio is double rv && (!double.IsFinite(rv) || rv <= ContractLimits.MinRatioExclusive || rv > ContractLimits.MaxRatio))
            return RequestReadResult.Invalid("'ratio' must be a number above 0 and at most 1.");
        if (method is not null && (method.Length is 0 or > ContractLimits.MaxMethodNameLength || (isKnownMethod is not null && !isKnownMethod(method))))
            return RequestReadResult.Invalid($"Unknown 'method' \"{Truncate(method, 40)}\".");

        return new RequestReadResult(new SummarizeRequest { Text = text, Sentences = sentences, Ratio = ratio, Method = method }, null);
    }

    /// <summary>True when a Content-Type header names JSON (any charset parameter is accepted only as UTF-8).</summary>
    public static bool IsJsonContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return false;
        var parts = contentType.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !parts[0].Equals(ContractJson.ContentType, StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var p in parts.AsSpan(1))
        {
            if (p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase)
                && !p.AsSpan(8).Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return true;
    }

    public static ErrorResponse UnsupportedMediaType(string? contentType) => new(ErrorCodes.UnsupportedMediaType,
        $"Content-Type must be {ContractJson.ContentType}; got '{Truncate(contentType ?? "(none)", 60)}'.");

    /// <summary>The contract's 413 answer, for callers that reject an oversized body before reading it.</summary>
    public static ErrorResponse PayloadTooLarge { get; } = new(ErrorCodes.PayloadTooLarge,
        $"'text' is larger than {ContractLimits.MaxTextUtf8Bytes} bytes of UTF-8, the contract's limit.");

    private static RequestReadResult TooLarge() => new(null, PayloadTooLarge);

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
