using System.Text;
using System.Text.Json.Nodes;
using Summarizer.Contract;
using Summarizer.Testing;
using Summarizer.Workflows.Batch;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>
/// The SSM document's shell script, run by bash as the SSM Agent would (parameters as SSM_* environment
/// variables, interpolationType ENV_VAR), with stand-ins for <c>aws</c> (a local folder plays S3) and for the
/// summarizer program (it records the arguments it got). Proves that object keys reach the program as exact
/// arguments and are never evaluated by the shell.
/// </summary>
public class RunSummarizerScriptTests
{
    private static readonly JsonObject Document = JsonNode.Parse(RunSummarizerDocument.Content())!.AsObject();
    private const string ProgramKey = "artifacts/summarizer-abc123.tar.gz";

    private string _root = null!;

    [SetUp]
    public void CreateSandbox()
    {
        _root = Path.Combine(Path.GetTempPath(), $"ssm-script-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(_root, "bin"));
        Directory.CreateDirectory(Path.Combine(_root, "s3", "art", "artifacts"));
        // The stand-in program: writes each argument it got, NUL-terminated, copies its input file, talks on stderr
        // like the summarizer (its closing line last), and exits with $PROGRAM_EXIT.
        var program = Path.Combine(_root, "program");
        Directory.CreateDirectory(program);
        WriteExecutable(Path.Combine(program, "summarizer"),
            "#!/bin/bash\nprintf '%s\\0' \"$@\" > \"$ARGS_FILE\"\ncp \"$2\" \"$ARGS_FILE.input\"\n" +
            "echo 'summarizer: warming up' >&2\necho 'summarizer: 3 rows, 1 errors, 0.25 s, 12 rows/s' >&2\nexit \"${PROGRAM_EXIT:-0}\"\n");
        Run("tar", ["-czf", Path.Combine(_root, "s3", "art", ProgramKey), "-C", program, "summarizer"]);
        // The stand-in aws CLI: "aws s3 cp [--only-show-errors] s3://bucket/key DEST" from the local folder (counts
        // calls); "aws s3api get-object --bucket B --key K --version-id V OUTFILE" records its arguments, writes a CSV.
        WriteExecutable(Path.Combine(_root, "bin", "aws"),
            "#!/bin/bash\nif [ \"$1 $2\" = \"s3api get-object\" ]; then printf '%s\\0' \"$@\" > \"$FAKE_S3/get-object\"; " +
            "printf 'Id,Text\\n1,ok\\n' > \"${@: -1}\"; echo '{\"VersionId\": \"x\"}'; exit 0; fi\n" +
            "echo x >> \"$FAKE_S3/calls\"\n[ \"$1 $2\" = \"s3 cp\" ] || exit 2\nshift 2\n" +
            "[ \"$1\" = --only-show-errors ] && shift\nsrc=\"${1#s3://}\"\ncp \"$FAKE_S3/$src\" \"$2\"\n");
    }

    [TearDown]
    public void RemoveSandbox() => Directory.Delete(_root, recursive: true);

    [TestCase("reviews.csv")]
    [TestCase("uploads/ré sumé $(touch PWNED) `touch PWNED2` 'q' \"dq\"; rm -rf x & ☃ \\n.csv")]
    [TestCase("-rf --help.csv")]
    [TestCase("${HOME}$((1+1)) *.csv")]
    public void The_program_gets_the_keys_as_exact_arguments_and_nothing_is_evaluated(string key)
    {
        var (code, _, stderr) = RunScript(Parameters(key));
        Assert.That(code, Is.EqualTo(0), stderr);
        // Exactly the version named is fetched, the key passed as one argument; the program reads that local copy.
        Assert.That(Nul(Path.Combine(_root, "s3", "get-object"))[..8],
            Is.EqualTo(new[] { "s3api", "get-object", "--bucket", "in-bucket", "--key", key, "--version-id", Version }));
        var args = ArgumentsGot();
        Assert.That(args[0], Is.EqualTo("batch"));
        Assert.That(args[1], Does.EndWith("/input.csv"));
        Assert.That(args[2], Is.EqualTo($"s3://out-bucket/{StagingKey}"));
        Assert.That(File.ReadAllText(Path.Combine(_root, "args.input")), Is.EqualTo("Id,Text\n1,ok\n"));
        Assert.That(File.Exists(args[1]), Is.False, "the local copy is removed");
        Assert.That(Directory.GetFiles(_root, "PWNED*", SearchOption.AllDirectories), Is.Empty, "nothing in the key ran");
    }

    [TestCase(0)]
    [TestCase(3)]
    public void The_command_output_is_the_summarizers_closing_line_and_its_exit_status_is_kept(int exit)
    {
        var parameters = Parameters("a.csv");
        var (code, stdout, stderr) = RunScript(parameters, new() { ["PROGRAM_EXIT"] = exit.ToString() });
        Assert.That(code, Is.EqualTo(exit));
        Assert.That(stdout, Is.EqualTo("summarizer: 3 rows, 1 errors, 0.25 s, 12 rows/s\n"), "what the workflow's manifest reads");
        Assert.That(stderr, Does.Contain("summarizer: warming up"), "the whole stderr is still the command's error output");
    }

    [Test]
    public void Every_key_parameter_is_given_to_the_script_only_as_an_environment_variable()
    {
        var script = string.Join('\n', Script());
        Assert.That(script, Does.Not.Contain("{{"), "no SSM text interpolation in the script");
        foreach (var (name, spec) in Document["parameters"]!.AsObject())
        {
            if (name == RunSummarizerDocument.Parameters.ExecutionTimeout) continue;
            Assert.That((string?)spec!["interpolationType"], Is.EqualTo("ENV_VAR"), name);
            Assert.That((string?)spec["allowedPattern"], Is.Not.Null.And.Not.Empty, name);
            Assert.That(script, Does.Contain($"SSM_{name}"), name);
        }
    }

    [Test]
    public void The_program_is_fetched_once_per_artifact_key_then_reused()
    {
        Assert.That(RunScript(Parameters("a.csv")).ExitCode, Is.EqualTo(0));
        Assert.That(RunScript(Parameters("b.csv")).ExitCode, Is.EqualTo(0));
        Assert.That(File.ReadAllLines(Path.Combine(_root, "s3", "calls")), Has.Length.EqualTo(1));
        Assert.That(Nul(Path.Combine(_root, "s3", "get-object"))[5], Is.EqualTo("b.csv"));
    }

    [Test]
    public void Without_the_parameters_in_the_environment_it_stops_instead_of_guessing()
    {
        // An SSM Agent older than 3.3.2746.0 does not export parameters as environment variables.
        var (code, _, stderr) = RunScript(new Dictionary<string, string>());
        Assert.That(code, Is.Not.EqualTo(0));
        Assert.That(stderr, Does.Contain("SSM Agent"));
        Assert.That(File.Exists(Path.Combine(_root, "args")), Is.False);
    }

    [TestCase(RunSummarizerDocument.Parameters.InputKey, "line\nbreak.csv", false)]
    [TestCase(RunSummarizerDocument.Parameters.InputKey, "ré sumé $(x).csv", true)]
    [TestCase(RunSummarizerDocument.Parameters.InputBucket, "Bad_Bucket", false)]
    [TestCase(RunSummarizerDocument.Parameters.StagingKey, "staging/../summaries/x.csv", false)]
    [TestCase(RunSummarizerDocument.Parameters.StagingKey, "staging/4f0c2a9e-8b1d-4c5e-9f00-1a2b3c4d5e6f.csv", true)]
    [TestCase(RunSummarizerDocument.Parameters.InputVersion, "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY", false)]
    [TestCase(RunSummarizerDocument.Parameters.InputVersion, "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY", true)]
    [TestCase(RunSummarizerDocument.Parameters.ProgramKey, "other/summarizer.tar.gz", false)]
    [TestCase(RunSummarizerDocument.Parameters.ProgramKey, ProgramKey, true)]
    public void Allowed_patterns_fence_each_parameter(string parameter, string value, bool allowed)
    {
        var pattern = (string)Document["parameters"]![parameter]!["allowedPattern"]!;
        Assert.That(System.Text.RegularExpressions.Regex.IsMatch(value, pattern), Is.EqualTo(allowed));
    }

    private const string StagingKey = "staging/0b7f8a8e-1111-2222-3333-444455556666.csv";
    private const string Version = "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY_v1";

    private static Dictionary<string, string> Parameters(string key) => new()
    {
        [RunSummarizerDocument.Parameters.InputBucket] = "in-bucket",
        [RunSummarizerDocument.Parameters.InputKey] = key,
        [RunSummarizerDocument.Parameters.InputVersion] = Version,
        [RunSummarizerDocument.Parameters.OutputBucket] = "out-bucket",
        [RunSummarizerDocument.Parameters.StagingKey] = StagingKey,
        [RunSummarizerDocument.Parameters.ArtifactsBucket] = "art",
        [RunSummarizerDocument.Parameters.ProgramKey] = ProgramKey,
    };

    private static IEnumerable<string> Script() =>
        Document["mainSteps"]![0]!["inputs"]!["runCommand"]!.AsArray().Select(l => (string)l!);

    private (int ExitCode, string StdOut, string StdErr) RunScript(Dictionary<string, string> parameters, Dictionary<string, string>? extra = null)
    {
        var bash = ExternalTool.Require("bash", "apt-get install bash");
        var script = Path.Combine(_root, "_script.sh");
        File.WriteAllText(script, string.Join('\n', Script()) + "\n");
        var environment = new Dictionary<string, string?>
        {
            ["PATH"] = Path.Combine(_root, "bin") + ":" + Environment.GetEnvironmentVariable("PATH"),
            ["SUMMARIZER_HOME"] = Path.Combine(_root, "home"),
            ["FAKE_S3"] = Path.Combine(_root, "s3"),
            ["ARGS_FILE"] = Path.Combine(_root, "args"),
        };
        foreach (var (name, value) in parameters) environment[$"SSM_{name}"] = value;
        foreach (var (name, value) in extra ?? []) environment[name] = value;
        return ExternalTool.Run(bash, [script], workingDirectory: _root, environment: environment, timeout: TimeSpan.FromSeconds(30));
    }

    private string[] ArgumentsGot() => Nul(Path.Combine(_root, "args"));

    private static string[] Nul(string file) => File.ReadAllText(file, Encoding.UTF8).Split('\0', StringSplitOptions.None)[..^1];

    private static void WriteExecutable(string path, string text)
    {
        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static void Run(string tool, string[] args)
    {
        var (code, _, stderr) = ExternalTool.Run(ExternalTool.Require(tool, $"apt-get install {tool}"), args);
        Assert.That(code, Is.EqualTo(0), stderr);
    }
}
