using System.Text.Json.Serialization;

namespace Summarizer.Contract;

/// <summary>Source-generated serialization for the contract: no reflection, fast start (the Lambda cold
/// start pays for every reflection-based serializer it warms up).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(SummarizeRequest))]
[JsonSerializable(typeof(SummarizeResponse))]
[JsonSerializable(typeof(ErrorResponse))]
public sealed partial class ContractJsonContext : JsonSerializerContext;
