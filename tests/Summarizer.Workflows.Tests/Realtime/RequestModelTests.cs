using System.Text;
using Summarizer.Contract;

namespace Summarizer.Workflows.Tests.Realtime;

/// <summary>
/// The API Gateway request model (checked here by a JSON Schema draft-04 validator, as API Gateway's validator
/// does) against the contract's reader: the model may reject early only what the reader answers 400, and must let
/// through everything the reader accepts or answers 413 (a character limit in the model would wrongly say 400).
/// </summary>
public class RequestModelTests
{
    private static readonly string[] Bodies =
    [
        "{\"text\": \"Good.\"}",
        "{\"text\": \"Good.\", \"sentences\": 1}",
        "{\"text\": \"Good.\", \"sentences\": 1000}",
        "{\"text\": \"Good.\", \"sentences\": null, \"ratio\": null, \"method\": null}",
        "{\"text\": \"Good.\", \"ratio\": 1}",
        "{\"text\": \"Good.\", \"ratio\": 0.0001}",
        "{\"text\": \"Good.\", \"method\": \"lead\", \"unknown\": [1, {\"a\": null}]}",
        "{\"text\": \"Good.\", \"sentences\": 2, \"ratio\": 0.5}",
        "{\"text\": \"   \"}",
        "{\"text\": \"Good.\", \"method\": \"no-such-method\"}",
        "{\"text\": \"\"}",
        "{\"text\": null}",
        "{\"text\": 5}",
        "{\"text\": [\"a\"]}",
        "{}",
        "[]",
        "\"text\"",
        "42",
        "{\"text\": \"Good.\", \"sentences\": 0}",
        "{\"text\": \"Good.\", \"sentences\": 1001}",
        "{\"text\": \"Good.\", \"sentences\": 2.5}",
        "{\"text\": \"Good.\", \"sentences\": \"3\"}",
        "{\"text\": \"Good.\", \"ratio\": 0}",
        "{\"text\": \"Good.\", \"ratio\": -0.5}",
        "{\"text\": \"Good.\", \"ratio\": 1.5}",
        "{\"text\": \"Good.\", \"method\": 7}",
        "{\"text\": \"Good.\", \"method\": \"\"}",
        "{\"text\": \"Good.\", \"method\": \"" + new string('m', ContractLimits.MaxMethodNameLength) + "\"}",
        "{\"text\": \"Good.\", \"method\": \"" + new string('m', ContractLimits.MaxMethodNameLength + 1) + "\"}",
        "{\"text\": \"unterminated",
        "{\"text\": \"" + new string('a', ContractLimits.MaxTextUtf8Bytes + 10) + "\"}",
        "{\"text\": \"" + string.Concat(Enumerable.Repeat("\\u0001", ContractLimits.MaxTextUtf8Bytes + 1)) + "\"}",
        "{\"text\": \"" + new string('語', 100_000) + "\"}",
    ];

    [Test]
    public void TheModelIsNeverStricterThanTheReaderAndNever400sWhatTheReader413s()
    {
        var verdicts = RealtimeHarness.Run("validate-model", new { schema = RealtimeDefinitions.RequestModel(), bodies = Bodies }).AsArray();
        int rejectedByModel = 0;
        for (int i = 0; i < Bodies.Length; i++)
        {
            bool modelAccepts = (bool)verdicts[i]!["valid"]!;
            var reader = SummarizeRequestReader.Read(Encoding.UTF8.GetBytes(Bodies[i]), name => name == "lead");
            var label = $"{Bodies[i][..Math.Min(80, Bodies[i].Length)]} → reader {reader.StatusCode}, model {(modelAccepts ? "accepts" : "rejects: " + verdicts[i]!["errors"])}";
            if (!modelAccepts)
            {
                rejectedByModel++;
                Assert.That(reader.StatusCode, Is.EqualTo(400), label);
            }
            else if (reader.StatusCode is 200 or 413)
                Assert.That(modelAccepts, Is.True, label);
        }
        Assert.That(rejectedByModel, Is.GreaterThanOrEqualTo(12), "the model does reject the plainly malformed bodies early");
    }
}
