using Summarizer.Cli.Batch;

namespace Summarizer.Cli.Tests.Batch;

/// <summary>The reader's field checks on the raw text Sep hands over (quotes left in).</summary>
public class CsvFieldTests
{
    [TestCase("plain", true)]
    [TestCase("", true)]
    [TestCase("\"\"", true, TestName = "An empty quoted field")]
    [TestCase("\"a, b\"", true)]
    [TestCase("\"say \"\"hi\"\"\"", true, TestName = "Doubled inner quotes")]
    [TestCase("a \"stray\" quote", false)]
    [TestCase("\"closed\"then", false, TestName = "Text after the closing quote")]
    [TestCase("\"lone \" inner\"", false, TestName = "A single inner quote")]
    [TestCase("\"", false)]
    public void AFieldWithQuotesMustBeOneQuotedField(string raw, bool wellQuoted) =>
        Assert.That(ReviewCsvReader.IsWellQuoted(raw), Is.EqualTo(wellQuoted));

    [Test]
    public void ShortTextsAreNotCounted() =>
        Assert.That(ReviewCsvReader.Utf8LengthIfOver("ééé", limit: 9), Is.Zero, "3 chars can be at most 9 bytes");

    [TestCase("éééé", 8)]
    [TestCase("\"éé\"\"éé\"", 9, TestName = "Quoted: the doubled quote is one byte, the outer quotes none")]
    [TestCase("😀😀😀", 12, TestName = "A surrogate pair is four bytes")]
    public void LongerTextsAreCountedInUtf8Bytes(string raw, long bytes) =>
        Assert.That(ReviewCsvReader.Utf8LengthIfOver(raw, limit: 1), Is.EqualTo(bytes));
}
