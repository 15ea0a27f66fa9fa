using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Summarizer.Contract;
using Summarizer.Engine;
using Summarizer.Infra.Artifacts;
using Summarizer.Infra.Realtime;
using Summarizer.Testing;

namespace Summarizer.Function.Tests.Package;

/// <summary>
/// The deployable package, each kind, built as `pulumi up` builds it, unpacked, and run the way Lambda runs a
/// custom runtime: `bootstrap` as a child process with Lambda's environment, against a Runtime API server.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[TestFixture(FunctionPackageKind.NativeAot)]
[TestFixture(FunctionPackageKind.SelfContained)]
public sealed class PackageTests(FunctionPackageKind kind)
{
    /// <summary>The size budget of a package (Lambda itself takes up to 50 MB zipped by direct upload).</summary>
    private const long MaxZipBytes = 15L * 1024 * 1024;

    /// <summary>Lambda's largest synchronous invocation payload.</summary>
    private const int SixMegabytes = 6 * 1024 * 1024;

    private const string CrashMarker = "crash-the-handler-7f3a";
    private const string HangMarker = "hang-the-handler-91c2";

    private PublishedPackage _package = null!;
    private LambdaSandbox _function = null!;

    [OneTimeSetUp]
    public void StartFunction()
    {
        _package = PublishedPackages.Get(kind);
        _function = new LambdaSandbox(_package.TaskRoot);
    }

    [OneTimeTearDown]
    public void StopFunction() => _function?.Dispose();

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static Envelope Answer(Posted posted)
    {
        Assert.That(posted.IsError, Is.False, $"the function posted an error instead of an answer: {posted.Text}");
        return Envelope.Parse(posted.Body);
    }

    [Test]
    public void TheZipHasAnExecutableBootstrapAtItsRootAndFitsTheBudget()
    {
        using var zip = ZipFile.OpenRead(_package.Zip);
        var bootstrap = zip.GetEntry(LambdaDeployment.ExecutableName);
        Assert.That(bootstrap, Is.Not.Null, "bootstrap at the zip root");
        Assert.That(LambdaZip.ModeOf(bootstrap!), Is.EqualTo(LambdaZip.ExecutableMode));
        Assert.That(File.GetUnixFileMode(Path.Combine(_package.TaskRoot, "bootstrap")).HasFlag(UnixFileMode.OtherExecute), Is.True,
            "executable once unpacked");
        Assert.That(new FileInfo(_package.Zip).Length, Is.LessThanOrEqualTo(MaxZipBytes));
        if (kind == FunctionPackageKind.NativeAot)
            Assert.That(zip.Entries.Select(e => e.FullName), Is.EqualTo(new[] { "bootstrap" }), "Native AOT: one file");
    }

    [Test]
    public void NoExecutableCodeNeedsAGlibcNewerThanAmazonLinux2023s()
    {
        var elfFiles = Directory.EnumerateFiles(_package.TaskRoot, "*", SearchOption.AllDirectories).Where(ElfVersionNeeds.IsElf).ToList();
        Assert.That(elfFiles.Select(Path.GetFileName), Does.Contain("bootstrap"));
        foreach (var file in elfFiles)
        {
            var newest = ElfVersionNeeds.NewestGlibc(file);
            Assert.That(newest, Is.Not.Null.And.LessThanOrEqualTo(LambdaDeployment.MaxGlibc),
                $"{Path.GetFileName(file)} needs {string.Join(", ", ElfVersionNeeds.Read(file).Select(n => $"{n.Library}:{n.Version}"))}");
        }
    }

    [Test]
    public void ANormalRequestIsSummarizedWithTheEnginesAnswer()
    {
        var answer = Answer(_function.Invoke(Json(new { text = SampleTexts.Review, sentences = 2 })));

        Assert.That(answer.StatusCode, Is.EqualTo(200), answer.Body);
        var expected = SummarizerEngine.LoadDefault().Summarize(SampleTexts.Review, new SummaryOptions(Sentences: 2));
        Assert.That(answer.Summary().Summary, Is.EqualTo(expected.Summary));
        Assert.That(answer.Summary().ModelVersion, Is.EqualTo(SummarizerEngine.LoadDefault().ModelVersion));
    }

    /// <summary>The Native AOT package is compiled for any x64 CPU (128-bit vectors), the worker's engine is JIT-compiled
    /// for this one (256-bit with AVX2, as on EC2): one model version must still pick the same sentences with the same
    /// scores. Long texts are where a sum's rounding can move a pick (k-means moved on 100 of these texts before engine
    /// revision 2).</summary>
    [TestCase("kmeans")]
    [TestCase("hybrid")]
    public void LongTextsGetTheSameSentencesAndScoresAsTheWorkersEngine(string method)
    {
        var engine = SummarizerEngine.LoadDefault();
        var articles = LongTexts.BbcAndOpinosis().Where(article => Encoding.UTF8.GetByteCount(article.Text) <= ContractLimits.MaxTextUtf8Bytes).ToList();
        Assert.That(articles, Has.Count.GreaterThan(1000));
        foreach (var (article, text) in articles)
        {
            var envelope = Answer(_function.Invoke(Json(new { text, method })));
            Assert.That(envelope.StatusCode, Is.EqualTo(200), $"{article}: {envelope.Body}");
            var answer = envelope.Summary();
            var expected = engine.Summarize(text, new SummaryOptions(Method: method)).Sentences;
            Assert.That(answer.Sentences.Select(s => (s.Index, BitConverter.SingleToInt32Bits(s.Score))),
                Is.EqualTo(expected.Select(s => (s.Index, BitConverter.SingleToInt32Bits(s.Score)))), article);
        }
    }

    [TestCase("", 400, ErrorCodes.InvalidInput, TestName = "{m}(empty event)")]
    [TestCase("{\"text\": \"unterminated", 400, ErrorCodes.InvalidInput, TestName = "{m}(invalid JSON)")]
    [TestCase("{\"text\": \"A. B.\", \"method\": \"no-such-method\"}", 400, ErrorCodes.InvalidInput, TestName = "{m}(unknown method)")]
    [TestCase("{\"text\": \"A. B.\", \"ratio\": 0.5, \"sentences\": 1}", 400, ErrorCodes.InvalidInput, TestName = "{m}(both lengths)")]
    public void ContractErrorsAreAnswersNotFailures(string payload, int status, string error)
    {
        var answer = Answer(_function.Invoke(payload));
        Assert.That(answer.StatusCode, Is.EqualTo(status), answer.Body);
        Assert.That(answer.Error().Error, Is.EqualTo(error));
    }

    [Test]
    public void TextOverTheContractsLimitIs413()
    {
        var text = string.Concat(Enumerable.Repeat("Good treat. ", ContractLimits.MaxTextUtf8Bytes / 12 + 1));
        var answer = Answer(_function.Invoke(Json(new { text })));
        Assert.That(answer.StatusCode, Is.EqualTo(413), answer.Body);
        Assert.That(answer.Error().Error, Is.EqualTo(ErrorCodes.PayloadTooLarge));
    }

    [Test]
    public void InvalidUtf8IsA400()
    {
        byte[] inText = [.. "{\"text\": \"Good "u8, 0xC3, 0x28, .. " treat.\"}"u8];
        byte[] bare = [0xFF, 0xFE, 0x00, 0x7B];
        foreach (var payload in new[] { inText, bare })
        {
            var answer = Answer(_function.Invoke(payload));
            Assert.That(answer.StatusCode, Is.EqualTo(400), answer.Body);
            Assert.That(answer.Error().Error, Is.EqualTo(ErrorCodes.InvalidInput));
        }
    }

    [Test]
    public void ASixMegabyteEventIsRefusedWith413AndTheNextIsServed()
    {
        var text = new string('a', SixMegabytes - 32);
        var payload = Encoding.UTF8.GetBytes(Json(new { text }));
        Assert.That(payload.Length, Is.EqualTo(SixMegabytes).Within(64));

        var answer = Answer(_function.Invoke(payload));
        Assert.That(answer.StatusCode, Is.EqualTo(413), answer.Body);
        Assert.That(Answer(_function.Invoke(Json(new { text = SampleTexts.Review }))).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public void AnEventPastItsDeadlineIsReportedWithItsTraceAndTheNextIsServed()
    {
        const string trace = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1";
        var posted = _function.Invoke(Encoding.UTF8.GetBytes(Json(new { text = SampleTexts.Review })), trace, DateTimeOffset.UtcNow.AddSeconds(-1));

        Assert.That(posted.IsError, Is.True, posted.Text);
        Assert.That(posted.ErrorType, Is.EqualTo(FunctionErrorTypes.DeadlineExceeded));
        Assert.That(ErrorDocument(posted).ErrorType, Is.EqualTo(FunctionErrorTypes.DeadlineExceeded));
        // The log line of a failed invocation names its trace: _X_AMZN_TRACE_ID was set from Lambda-Runtime-Trace-Id.
        Assert.That(_function.WaitForLog(trace), Does.Contain(trace));
        Assert.That(Answer(_function.Invoke(Json(new { text = SampleTexts.Review }))).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public void AThousandInvocationsInOneProcessGiveTheSameAnswerWithinTheFunctionsMemory()
    {
        var payload = Encoding.UTF8.GetBytes(Json(new { text = SampleTexts.Review, sentences = 3 }));
        var first = _function.Invoke(payload);
        Assert.That(Answer(first).StatusCode, Is.EqualTo(200));
        for (int i = 1; i < 1000; i++)
        {
            var posted = _function.Invoke(payload);
            if (!posted.Body.AsSpan().SequenceEqual(first.Body))
                Assert.Fail($"invocation {i + 1} answered differently:\n{posted.Text}\nvs\n{first.Text}");
        }
        Assert.That(_function.IsRunning, Is.True);
        Assert.That(_function.StatusKb("VmHWM"), Is.LessThan(FunctionComponent.MemoryMiB * 1024L), "peak resident memory");
    }

    [Test]
    public void TheProcessLoadsNoIcuAndNoLibraryAmazonLinuxsBaseLacks()
    {
        Assert.That(Answer(_function.Invoke(Json(new { text = SampleTexts.Review }))).StatusCode, Is.EqualTo(200));
        var outside = _function.MappedLibraries().Where(l => !l.StartsWith(_package.TaskRoot, StringComparison.Ordinal))
            .Select(Path.GetFileName).ToList();
        Assert.That(outside, Has.None.Contains("icu"));
        // glibc's own libraries; OpenSSL 3, because the engine names its model by a SHA-256 of the embeddings and .NET
        // hashes with OpenSSL on Linux; and for the self-contained kind the GCC runtime the .NET runtime's C++ parts
        // link against. Amazon Linux 2023 has all of them (glibc 2.34, openssl-libs 3, libgcc, libstdc++).
        string[] glibcAndOpenSsl = ["ld-linux-x86-64.so.2", "libc.so.6", "libm.so.6", "libssl.so.3", "libcrypto.so.3"];
        string[] baseLibraries = kind == FunctionPackageKind.NativeAot
            ? glibcAndOpenSsl
            : [.. glibcAndOpenSsl, "libdl.so.2", "libpthread.so.0", "librt.so.1", "libgcc_s.so.1", "libstdc++.so.6"];
        // A soname or the versioned file it links to (libstdc++.so.6 -> libstdc++.so.6.0.30).
        outside = outside.Select(file => baseLibraries.FirstOrDefault(soname => file == soname || file!.StartsWith(soname + ".", StringComparison.Ordinal)) ?? file).ToList();
        Assert.That(outside, Is.SubsetOf(baseLibraries), string.Join(", ", outside));
    }

    [Test]
    public void AHandlerCrashIsPostedAsAnErrorAndTheProcessServesTheNextEvent()
    {
        using var function = new LambdaSandbox(_package.TaskRoot, new Dictionary<string, string> { [TestFaults.Variable] = TestFaults.CrashPrefix + CrashMarker });

        var crashed = function.Invoke(Json(new { text = "A review. " + CrashMarker }));

        Assert.That(crashed.IsError, Is.True, crashed.Text);
        Assert.That(crashed.ErrorType, Is.EqualTo(FunctionErrorTypes.HandlerCrashed));
        var error = ErrorDocument(crashed);
        Assert.That(error.ErrorType, Is.EqualTo(FunctionErrorTypes.HandlerCrashed));
        Assert.That(error.Message, Is.Not.Empty.And.Not.Contain(CrashMarker), "details stay in the log");
        Assert.That(function.WaitForLog(nameof(InvalidOperationException)), Does.Contain(CrashMarker).And.Contain(nameof(InvalidOperationException)));

        Assert.That(function.IsRunning, Is.True);
        Assert.That(Answer(function.Invoke(Json(new { text = SampleTexts.Review }))).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public void AnInvocationThatWouldOutliveItsDeadlineIsReportedBeforeItAndTheNextIsServed()
    {
        using var function = new LambdaSandbox(_package.TaskRoot, new Dictionary<string, string> { [TestFaults.Variable] = TestFaults.HangPrefix + HangMarker });
        Assert.That(Answer(function.Invoke(Json(new { text = SampleTexts.Review }))).StatusCode, Is.EqualTo(200), "started");

        var deadline = DateTimeOffset.UtcNow.AddSeconds(2);
        var posted = function.Invoke(Encoding.UTF8.GetBytes(Json(new { text = HangMarker })), deadline: deadline);

        Assert.That(posted.ErrorType, Is.EqualTo(FunctionErrorTypes.DeadlineExceeded), posted.Text);
        Assert.That(posted.ReceivedAt, Is.LessThan(deadline), "reported before Lambda's own timeout");
        Assert.That(Answer(function.Invoke(Json(new { text = SampleTexts.Review }))).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public void AnEngineThatCannotLoadFailsTheInitPhaseBeforeAnyEventAndExits()
    {
        using var function = new LambdaSandbox(_package.TaskRoot, new Dictionary<string, string> { [TestFaults.Variable] = TestFaults.InitFault });

        Assert.That(function.Api.InitError.Wait(TimeSpan.FromSeconds(30)), Is.True, $"no init error posted\n{function.Log}");
        var exit = function.WaitForExit(TimeSpan.FromSeconds(30));

        var posted = function.Api.InitError.Result;
        Assert.That(posted.ErrorType, Is.EqualTo(FunctionErrorTypes.InitFailed));
        Assert.That(ErrorDocument(posted).ErrorType, Is.EqualTo(FunctionErrorTypes.InitFailed));
        Assert.That(exit, Is.Not.Zero);
        // The engine loads in the init phase: a failure there comes before the runtime asks for any event.
        Assert.That(function.Api.NextRequests, Is.Zero);
    }

    [Test]
    public void WithoutTheRuntimeApiItRefusesToStartAndSaysWhy()
    {
        using var function = new LambdaSandbox(_package.TaskRoot, withRuntimeApi: false);
        Assert.That(function.WaitForExit(TimeSpan.FromSeconds(30)), Is.Not.Zero);
        Assert.That(function.Log, Does.Contain("AWS_LAMBDA_RUNTIME_API"));
    }

    private static (string ErrorType, string Message) ErrorDocument(Posted posted)
    {
        var error = JsonNode.Parse(posted.Body)!.AsObject();
        Assert.That(error.Select(p => p.Key), Is.EquivalentTo(new[] { "errorMessage", "errorType", "stackTrace" }), posted.Text);
        return ((string)error["errorType"]!, (string)error["errorMessage"]!);
    }
}
