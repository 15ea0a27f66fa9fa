using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using Summarizer.Cli.Serve;
using Summarizer.Contract;
using Summarizer.Engine;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Serve;

/// <summary>
/// The page `serve` answers at GET /, in a real browser: Debian's chromium (<c>apt-get install chromium</c>; .ci/run
/// installs it), driven headless through Playwright's driver, which its NuGet package ships. Playwright's own browser
/// download is never used: the browser is the system's, by path. Each test keeps a screenshot as an attachment in the
/// test output folder.
/// </summary>
[NonParallelizable]
public class PageTests : PlaywrightTest
{
    private WebApplication _app = null!;
    private string _url = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;
    private readonly List<string> _consoleErrors = [];

    private const string Review =
        "I have bought this coffee for a year now.  The beans arrive fresh and the roast is even.\n\n" +
        "Shipping took a week once, which was annoying. The flavor is rich and bold without being bitter, " +
        "and the aroma fills the kitchen. My partner prefers tea, so I drink the whole bag myself. " +
        "For a dark roast at this price, the rich flavor is hard to beat.";

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _app = SummarizeServer.Build(SummarizerEngine.LoadDefault(), "http://127.0.0.1:0");
        await _app.StartAsync();
        _url = SummarizeServer.Addresses(_app).Single();
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    [SetUp]
    public async Task OpenThePage()
    {
        var chromium = ExternalTool.Require("chromium", "apt-get update && apt-get install -y chromium");
        _browser = await Playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true });
        _page = await _browser.NewPageAsync();
        _consoleErrors.Clear();
        _page.Console += (_, message) => { if (message.Type == "error") _consoleErrors.Add(message.Text); };
        _page.PageError += (_, error) => _consoleErrors.Add(error);
        await _page.GotoAsync(_url + TryPage.Path);
    }

    [TearDown]
    public async Task KeepAScreenshot()
    {
        if (_page is not null)
        {
            var name = Regex.Replace(TestContext.CurrentContext.Test.Name, "[^A-Za-z0-9]+", "-");
            var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "page-screenshots", name + ".png");
            await _page.ScreenshotAsync(new() { Path = path, FullPage = true });
            TestContext.AddTestAttachment(path, "the page at the end of the test");
        }
        if (_browser is not null) await _browser.CloseAsync();
    }

    [Test]
    public async Task ATypedReviewIsSummarizedWithTheApisSentencesHighlightedInPlaceWithTheirScores()
    {
        await _page.Locator("#text").FillAsync(Review);
        await _page.Locator("input[name=length][value=sentences]").CheckAsync();
        await _page.Locator("#sentences").FillAsync("2");
        await _page.Locator("#method").SelectOptionAsync("textrank");
        await _page.Locator("#summarize").ClickAsync();
        await Expect(_page.Locator("#result")).ToBeVisibleAsync();

        var answer = await Api(new SummarizeRequest { Text = Review, Sentences = 2, Method = "textrank" });
        var marks = _page.Locator("#original mark");
        Assert.That(await marks.CountAsync(), Is.EqualTo(answer.Sentences.Count));
        for (int i = 0; i < answer.Sentences.Count; i++)
        {
            var mark = marks.Nth(i);
            Assert.That(Words(await mark.TextContentAsync()), Is.EqualTo(Words(answer.Sentences[i].Text)), $"sentence {i}");
            Assert.That(await mark.GetAttributeAsync("data-index"), Is.EqualTo(answer.Sentences[i].Index.ToString(CultureInfo.InvariantCulture)));
            var badge = float.Parse((await mark.Locator("xpath=following-sibling::span[1]").TextContentAsync())!, CultureInfo.InvariantCulture);
            Assert.That(badge, Is.EqualTo(answer.Sentences[i].Score).Within(0.5).Percent, $"score {i}");
        }
        // In place: the whole original text is still there, the marks within it.
        Assert.That(Words(await _page.Locator("#original").InnerTextAsync()), Does.Contain(Words(answer.Sentences[0].Text)));
        Assert.That(Words(string.Concat((await _page.Locator("#original").EvaluateAsync<string[]>(
            "view => [...view.childNodes].filter(n => !(n.classList && n.classList.contains('score'))).map(n => n.textContent)"))!)),
            Is.EqualTo(Words(Review)));
        Assert.That(await _page.Locator("#summary").TextContentAsync(), Is.EqualTo(answer.Summary));
        Assert.That(_consoleErrors, Is.Empty, "no script error and no Content-Security-Policy violation");
    }

    [Test]
    public async Task ASampleCanBePickedAndAContractErrorShowsTheContractsMessage()
    {
        await _page.Locator("#sample").SelectOptionAsync("1");
        Assert.That(await _page.Locator("#text").InputValueAsync(), Does.StartWith("Our beagle"));
        await _page.Locator("#summarize").ClickAsync();
        await Expect(_page.Locator("#result")).ToBeVisibleAsync();
        Assert.That(await _page.Locator("#original mark").CountAsync(), Is.GreaterThan(0));

        await _page.Locator("#text").FillAsync(new string('a', ContractLimits.MaxTextUtf8Bytes + 1));
        await _page.Locator("#summarize").ClickAsync();

        await Expect(_page.Locator("#error")).ToBeVisibleAsync();
        Assert.That(await _page.Locator("#error").TextContentAsync(), Does.Contain(SummarizeRequestReader.PayloadTooLarge.Message));
        Assert.That(await _page.Locator("#result").IsHiddenAsync(), Is.True, "no stale result beside the error");
        Assert.That(_consoleErrors, Has.All.StartWith("Failed to load resource: the server responded with a status of 413"),
            "the browser's own note of the 413, and no script error");
    }

    [Test]
    public async Task ThePageIsSelfContainedAndLocksItselfDown()
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(_url + TryPage.Path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'none'; connect-src 'self'"));
        Assert.That(html, Does.Not.Match(@"(src|href)\s*=\s*[""']?(https?:)?//"), "nothing loaded from elsewhere");
        Assert.That(html, Does.Not.Contain("{{"), "every placeholder filled");
        foreach (var method in SummarizerEngine.Methods)
            Assert.That(await _page.Locator($"#method option[value='{method}']").CountAsync(), Is.EqualTo(1), method);
    }

    private async Task<SummarizeResponse> Api(SummarizeRequest request)
    {
        using var http = new HttpClient { BaseAddress = new Uri(_url) };
        using var response = await http.PostAsJsonAsync(SummarizeRoute.Path, request, ContractJsonContext.Default.SummarizeRequest);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(ContractJsonContext.Default.SummarizeResponse))!;
    }

    /// <summary>The engine folds white space; the page highlights the original's own characters.</summary>
    private static string Words(string? text) => Regex.Replace(text ?? "", @"\s+", " ").Trim();
}
