using System.Reflection;
using Summarizer.Contract;
using Summarizer.Testing;

namespace Summarizer.Workflows.Tests.Realtime;

/// <summary>The README's table of every answer either side gives (`serve` and the deployed API) against the contract's
/// error codes and the API's gateway responses.</summary>
public class StatusTableTests
{
    private static IReadOnlyList<string> ContractCodes() =>
        typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToList();

    [Test]
    public void The_readme_lists_every_error_code_once_with_the_status_it_is_answered_with()
    {
        var rows = ReadMe.TableRows(ReadMe.Block("status-table")).Where(r => r[0] != "200")
            .ToDictionary(r => r[1].Trim('`'), r => r[0]);
        Assert.That(rows.Keys, Is.EquivalentTo(ContractCodes()));
        foreach (var (code, status) in rows)
        {
            // RequestRejected, the DEFAULT_4XX fallback's code, keeps API Gateway's status for the refusal: some 4xx.
            var expected = code == ErrorCodes.RequestRejected ? "4xx" : ErrorCodes.StatusCodeOf(code).ToString();
            Assert.That(status, Is.EqualTo(expected), code);
        }
    }

    [Test]
    public void Every_gateway_response_answers_a_code_the_readme_lists() =>
        Assert.That(RealtimeDefinitions.GatewayResponses.Select(r => r.Error).Distinct(),
            Is.SubsetOf(ReadMe.TableRows(ReadMe.Block("status-table")).Select(r => r[1].Trim('`'))));
}
