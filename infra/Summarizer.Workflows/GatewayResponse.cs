using Summarizer.Contract;

namespace Summarizer.Workflows;

/// <summary>
/// One of API Gateway's own answers in the contract's error shape (see <see cref="RealtimeDefinitions.GatewayResponses"/>).
/// </summary>
/// <param name="Type">The gateway response type, as API Gateway names it (e.g. THROTTLED).</param>
/// <param name="Error">The contract's error code the body carries; it gives the status too.</param>
/// <param name="TemplateFile">The body template under Definitions/. API Gateway does not run VTL on a gateway response: the
/// file is the JSON body, with only simple <c>$context</c> variable substitution.</param>
/// <param name="KeepsGatewayStatus">A fallback (DEFAULT_4XX, DEFAULT_5XX): it sets no status, since setting one would give
/// every refusal it covers that status; each keeps API Gateway's own.</param>
public sealed record GatewayResponse(string Type, string Error, string TemplateFile, bool KeepsGatewayStatus = false)
{
    /// <summary>The status this response sets, or null when API Gateway's own status for the refusal stands.</summary>
    public int? StatusCode => KeepsGatewayStatus ? null : ErrorCodes.StatusCodeOf(Error);
}
