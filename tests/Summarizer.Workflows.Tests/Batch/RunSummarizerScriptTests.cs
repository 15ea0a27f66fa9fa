using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Summarizer.Testing;
using Summarizer.Contract;
using Summarizer.Workflows.Batch;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>
/// The SSM document's shell script, run by bash as the SSM Agent would (as root, parameters as SSM_* environment
/// variables, interpolationType ENV_VAR), with stand-ins for <c>aws</c> (a local folder plays S3), for
/// <c>systemd-run</c> (it records its options, then runs the command: no systemd here) and for the summarizer
/// program (it reports what it got and what it could do). The user switch is real: the script's own
/// <c>setpriv</c> drops to <c>nobody</c>, so these tests need root, as the SSM Agent has.
/// </summary>
public class RunSummarizerScriptTests
{
    private static readonly JsonObject Document = JsonNode.Parse(RunSummarizerDocument.Content())!.AsObject();
    private const string ProgramKey = "artifacts/summarizer-abc123.tar.gz";
    private const string StagingKey = "staging/0b7f8a8e-1111-2222-3333-444455556666.csv";
    private const string Csv = "Id,Text\n1,Great coffee.\n";
    private const string Version = "3/L4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY";
    // An existing unprivileged account stands in for the `summarizer` system user the script creates on AWS.
    private const string JobUser = "nobody";

    private string _root = null!;
    private string _programSha256 = null!;

    [SetUp]
    public void CreateSandbox()
    {
        Assume.That(Environment.UserName, Is.EqualTo("root"), "the script switches users, as root does under the SSM Agent");
        _root = Path.Combine(Path.GetTempPath(), $"ssm-script-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(_root, "bin"));
        Directory.CreateDirectory(Path.Combine(_root, "calls"));
        Directory.CreateDirectory(Path.Combine(_root, "s3", "art", "artifacts"));
        Directory.CreateDirectory(Path.Combine(_root, "s3", "in-bucket"));
        // The stand-in program, run by the script as the job user with a wiped environment: it reports who it ran as,
        // its arguments, its environment and whether it could change its own program folder, then the input it read.
        var program = Path.Combine(_root, "program");
        Directory.CreateDirectory(program);
        WriteExecutable(Path.Combine(program, "summarizer"), """
            #!/bin/bash
            input="$(cat)"
            out="${@: -1}"
            [ "$input" != "FAIL" ] || { echo "line 2: unterminated quote" >&2; echo "summarizer: stopped after 0 rows, 0 errors, 0.01 s" >&2; exit 3; }
            [ "$input" != "KILL" ] || kill -KILL $$
            [ "$input" != "LINK" ] || { ln -s "$(dirname "$0")/../../../../secret" "$out"; echo "summarizer: 1 rows, 0 errors, 0.02 s, 50 rows/s" >&2; exit 0; }
            if touch "$(dirname "$0")/tampered" 2>/dev/null; then writable=yes; else writable=no; fi
            model=none; previous=; for a in "$@"; do [ "$previous" != --embeddings ] || model="$(head -c 6 "$a" 2>&1)"; previous="$a"; done
            { echo "uid=$(id -u)"; printf 'arg=%s\n' "$@"; echo "home=$HOME fake_s3=${FAKE_S3:-unset}"; echo "model=$model"; echo "oom_score_adj=$(cat /proc/self/oom_score_adj)"; echo "lock-fds=$(ls -l /proc/$$/fd | grep -c '\.lock')"; echo "program-writable=$writable"; echo "$input"; } > "$out.tmp"
            mv -- "$out.tmp" "$out"
            echo "summarizer: 1 rows, 0 errors, 0.02 s, 50 rows/s" >&2
            """);
        Run("tar", ["-czf", Path.Combine(_root, "s3", "art", ProgramKey), "-C", program, "summarizer"]);
        _programSha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(_root, "s3", "art", ProgramKey))));
        // The stand-in aws CLI against the local folder: "aws s3api get-object --bucket B --key K --version-id V FILE"
        // (object versions are files named KEY#v=VERSION) and "aws s3 cp [--only-show-errors] SRC DEST", SRC and DEST
        // each s3://bucket/key or a path; each call's arguments are kept, NUL-separated, one file a call.
        WriteExecutable(Path.Combine(_root, "bin", "aws"), """
            #!/bin/bash
            printf '%s\0' "$@" > "$CALLS/aws.$(date +%s%N)"
            if [ "$1 $2" = "s3api get-object" ] && [ "$3 $5 $7" = "--bucket --key --version-id" ]; then
              src="$FAKE_S3/$4/$6#v=$8"
              [ -f "$src" ] || { echo "An error occurred (NoSuchVersion) when calling the GetObject operation: The specified version does not exist." >&2; exit 254; }
              cp "$src" "$9"; echo '{"VersionId": "'"$8"'"}'; exit 0
            fi
            [ "$1 $2" = "s3 cp" ] || exit 2
            shift 2
            [ "$1" = --only-show-errors ] && shift
            if [[ "$1" == s3://* ]]; then src="$FAKE_S3/${1#s3://}"; [ -f "$src" ] || { echo "fatal error: An error occurred (404) when calling the HeadObject operation: Key not found" >&2; exit 1; }; else src="$1"; fi
            if [[ "$2" == s3://* ]]; then dest="$FAKE_S3/${2#s3://}"; mkdir -p "$(dirname "$dest")"; else dest="$2"; fi
            if [ "$src" = - ]; then cat > "$dest"; elif [ "$dest" = - ]; then cat "$src"; else cp "$src" "$dest"; fi
            """);
        // The stand-in systemd-run: keeps its options, then runs what follows "--" as the real one runs a scope.
        WriteExecutable(Path.Combine(_root, "bin", "systemd-run"), """
            #!/bin/bash
            printf '%s\0' "$@" > "$CALLS/systemd-run"
            while [ "$1" != -- ]; do shift; done
            shift
            exec "$@"
            """);
        WriteExecutable(Path.Combine(_root, "bin", "useradd"), "#!/bin/bash\nprintf '%s\\0' \"$@\" > \"$CALLS/useradd\"\nexit 9\n");
    }

    [TearDown]
    public void RemoveSandbox()
    {
        if (_root is not null && Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [TestCase("reviews.csv")]
    [TestCase("uploads/ré sumé $(touch PWNED) `touch PWNED2` 'q' \"dq\"; rm -rf x & ☃ \\n.csv")]
    [TestCase("-rf --help.csv")]
    [TestCase("${HOME}$((1+1)) *.csv")]
    public void Keys_reach_the_tools_as_exact_arguments_and_nothing_is_evaluated(string key)
    {
        Upload(key, Csv);
        var (code, _, stderr) = RunScript(Parameters(key));
        Assert.That(code, Is.EqualTo(0), stderr);
        var calls = AwsCalls();
        Assert.That(calls.Select(c => c[..^1]), Has.Some.EqualTo(new[] { "s3api", "get-object", "--bucket", "in-bucket", "--key", key, "--version-id", Version }),
            "the input key is one argument, read at exactly the version the event named");
        Assert.That(calls[^1][^1], Is.EqualTo($"s3://out-bucket/{StagingKey}"), "the summary goes to the staging key");
        Assert.That(Report().Args, Is.EqualTo((string[])["batch", .. OptionArguments(BatchJobOptions.Default), "-", Report().Args[^1]]),
            "the program reads the input on stdin, with the job's options");
        Assert.That(Report().Input, Is.EqualTo(Csv.TrimEnd('\n')), "the input's bytes reached the program");
        Assert.That(Directory.GetFiles(_root, "PWNED*", SearchOption.AllDirectories), Is.Empty, "nothing in the key ran");
    }

    [Test]
    public void The_summarizer_runs_as_an_unprivileged_user_without_network_under_a_memory_cap_and_cannot_change_its_program()
    {
        Upload("a.csv", Csv);
        var (code, _, stderr) = RunScript(Parameters("a.csv"));
        Assert.That(code, Is.EqualTo(0), stderr);
        var report = Report();
        var scope = File.ReadAllText(Path.Combine(_root, "calls", "systemd-run")).Split('\0');
        Assert.Multiple(() =>
        {
            Assert.That(report.Uid, Is.EqualTo(Uid(JobUser)), "ran as the job user, not root");
            Assert.That(report.ProgramWritable, Is.EqualTo("no"), "the program folder is read-only to the job");
            Assert.That(report.Environment, Is.EqualTo("home=/nonexistent fake_s3=unset"), "no environment inherited from root");
            Assert.That(scope, Is.SupersetOf(new[] { "--scope", "-p", "MemoryMax=75%", "IPAddressDeny=any", "MemorySwapMax=0" }));
            Assert.That(report.OomScoreAdj, Is.EqualTo("1000"), "the kernel's first choice when memory runs out, never the SSM Agent");
            Assert.That(report.LockFds, Is.EqualTo("0"), "the job's lock stays with the script");
        });
        var archives = Directory.GetFiles(Path.Combine(_root, "home", "archives"));
        Assert.That(archives.Select(a => File.GetUnixFileMode(a) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)), Is.All.EqualTo(UnixFileMode.None),
            "the cached archive is writable by root only");
    }

    [Test]
    public void The_summarizers_closing_line_is_the_commands_output_for_the_manifest()
    {
        Upload("a.csv", Csv);
        var (code, stdout, stderr) = RunScript(Parameters("a.csv"));
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout.TrimEnd('\n').Split('\n')[^1], Is.EqualTo("summarizer: 1 rows, 0 errors, 0.02 s, 50 rows/s"));
        Assert.That(stderr, Does.Contain("summarizer: 1 rows"), "and the whole of stderr still reaches SSM");
    }

    [Test]
    public void A_summary_left_as_a_link_to_a_file_only_root_may_read_is_never_uploaded()
    {
        var secret = Path.Combine(_root, "secret");
        File.WriteAllText(secret, "root-only secret");
        File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Upload("a.csv", "LINK"); // the stand-in program leaves summary.csv as a symbolic link to that file
        var (code, _, stderr) = RunScript(Parameters("a.csv"));
        Assert.That(code, Is.Not.EqualTo(0), "the upload reads the summary with the job user's rights, and fails");
        Assert.That(stderr, Does.Contain("Permission denied"));
        var staging = Path.Combine(_root, "s3", "out-bucket", StagingKey);
        Assert.That(File.Exists(staging) ? File.ReadAllText(staging) : "", Does.Not.Contain("root-only secret"));
    }

    [Test]
    public void A_summarizer_killed_by_a_signal_fails_with_its_own_code_and_says_why()
    {
        Upload("a.csv", "KILL"); // the stand-in program kills itself, as the memory cap's OOM kill would
        var (code, _, stderr) = RunScript(Parameters("a.csv"));
        Assert.That(code, Is.EqualTo(70), "not 137, which SSM reports as TimedOut");
        Assert.That(stderr, Does.Contain("stopped by signal 9 (SIGKILL)").And.Contain("memory cap"));
        Assert.That(StagingExists(), Is.False);
        Assert.That(Directory.GetFileSystemEntries(Path.Combine(_root, "home", "jobs")), Is.Empty);
    }

    [Test]
    public void What_killed_jobs_left_behind_is_removed_and_a_live_jobs_folder_is_kept()
    {
        var home = Path.Combine(_root, "home");
        string Make(string relative, string content = "x")
        {
            var path = Path.Combine(home, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            return path;
        }
        // A job SSM killed (no EXIT trap ran), a partial download, and cached artifacts of other deployments.
        var dead = Path.GetDirectoryName(Make("jobs/job.dead0001/in/input.csv"))!;
        var download = Make("archives/.download.abc123");
        var oldArchive = Make($"archives/{new string('a', 64)}.tar.gz");
        var recentArchive = Make($"archives/{new string('b', 64)}.tar.gz");
        var oldModel = Make($"models/{new string('c', 64)}.sumemb");
        File.SetLastWriteTimeUtc(oldArchive, DateTime.UtcNow.AddDays(-8));
        File.SetLastWriteTimeUtc(oldModel, DateTime.UtcNow.AddDays(-8));
        // A job still running: it holds its folder's lock.
        var liveLock = Make("jobs/job.live0001/.lock", "");
        using var holder = System.Diagnostics.Process.Start("flock", [liveLock, "sleep", "60"])!;
        try
        {
            for (int i = 0; i < 100 && ExternalTool.Run("flock", ["-n", liveLock, "true"]).ExitCode == 0; i++) Thread.Sleep(50);
            Upload("a.csv", Csv);
            var (code, _, stderr) = RunScript(Parameters("a.csv"));
            Assert.That(code, Is.EqualTo(0), stderr);
            Assert.Multiple(() =>
            {
                Assert.That(Directory.Exists(dead), Is.False, "the killed job's folder");
                Assert.That(File.Exists(download), Is.False, "the partial download");
                Assert.That(File.Exists(oldArchive) || File.Exists(oldModel), Is.False, "artifacts unused for over a week");
                Assert.That(File.Exists(recentArchive), Is.True, "an artifact used this week stays");
                Assert.That(File.Exists(liveLock), Is.True, "the live job's folder stays");
                Assert.That(Directory.GetFiles(Path.Combine(home, "archives"), $"{_programSha256}.tar.gz"), Has.Length.EqualTo(1), "this job's program stays");
            });
        }
        finally
        {
            holder.Kill();
        }
    }

    [Test]
    public void Another_version_of_the_key_is_never_read()
    {
        Upload("a.csv", "Id,Text\n1,The newer upload.\n", version: "v2");
        var (code, _, stderr) = RunScript(Parameters("a.csv"));
        Assert.That(code, Is.Not.EqualTo(0));
        Assert.That(stderr, Does.Contain("NoSuchVersion"));
        Assert.That(StagingExists(), Is.False);
        Assert.That(File.Exists(Path.Combine(_root, "calls", "systemd-run")), Is.False, "the summarizer never ran");
    }

    [Test]
    public void A_missing_job_user_is_created_as_a_system_user_without_login_or_home()
    {
        Upload("a.csv", Csv);
        var (code, _, _) = RunScript(Parameters("a.csv"), user: "summarizer-test-missing");
        Assert.That(code, Is.Not.EqualTo(0), "the stand-in useradd refuses, and the script stops");
        var useradd = File.ReadAllText(Path.Combine(_root, "calls", "useradd")).Split('\0')[..^1];
        Assert.That(useradd, Is.SupersetOf(new[] { "--system", "--no-create-home", "--shell", "/sbin/nologin", "summarizer-test-missing" }));
        Assert.That(StagingExists(), Is.False);
    }

    [Test]
    public void The_program_is_fetched_once_per_hash_then_reused_and_each_job_folder_is_removed()
    {
        Upload("a.csv", Csv);
        Upload("b.csv", Csv);
        Assert.That(RunScript(Parameters("a.csv")).ExitCode, Is.EqualTo(0));
        Assert.That(RunScript(Parameters("b.csv")).ExitCode, Is.EqualTo(0));
        Assert.That(AwsCalls().Count(c => c[^2].StartsWith("s3://art/")), Is.EqualTo(1), "one download of the program");
        Assert.That(Directory.GetFileSystemEntries(Path.Combine(_root, "home", "jobs")), Is.Empty, "nothing of a job is left");
    }

    [Test]
    public void A_program_without_the_deployed_sha256_never_runs_and_is_not_cached()
    {
        Upload("a.csv", Csv);
        var parameters = Parameters("a.csv");
        parameters[RunSummarizerDocument.Parameters.ProgramSha256] = new string('0', 64);
        var (code, _, stderr) = RunScript(parameters);
        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr, Does.Contain("SHA-256").And.Contain(new string('0', 64)).And.Contain("nothing was run"));
        Assert.That(StagingExists(), Is.False);
        Assert.That(AwsCalls().Any(c => c.Contains("get-object")), Is.False, "the input was never read");
        Assert.That(Directory.GetFiles(Path.Combine(_root, "home", "archives")), Is.Empty);
    }

    [Test]
    public void A_cached_program_that_changed_is_refused_removed_and_fetched_again_next_time()
    {
        Upload("a.csv", Csv);
        Assert.That(RunScript(Parameters("a.csv")).ExitCode, Is.EqualTo(0));
        var cached = Directory.GetFiles(Path.Combine(_root, "home", "archives")).Single();
        File.AppendAllText(cached, "tampered");
        File.Delete(Path.Combine(_root, "s3", "out-bucket", StagingKey));

        var (code, _, stderr) = RunScript(Parameters("a.csv"));
        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr, Does.Contain("no longer has SHA-256"));
        Assert.That(StagingExists(), Is.False);
        Assert.That(File.Exists(cached), Is.False, "the changed archive is removed");

        Assert.That(RunScript(Parameters("a.csv")).ExitCode, Is.EqualTo(0), "the next run fetches and verifies it again");
        Assert.That(AwsCalls().Count(c => c[^2].StartsWith("s3://art/")), Is.EqualTo(2));
    }

    [Test]
    public void Without_a_model_the_program_uses_its_bundled_vectors()
    {
        Upload("a.csv", Csv);
        var parameters = Parameters("a.csv");
        parameters[RunSummarizerDocument.Parameters.ModelKey] = RunSummarizerDocument.BundledModel;
        parameters[RunSummarizerDocument.Parameters.ModelSha256] = RunSummarizerDocument.BundledModel;
        Assert.That(RunScript(parameters).ExitCode, Is.EqualTo(0));
        Assert.That(Report().Model, Is.EqualTo("none"));
        Assert.That(Report().Args, Does.Not.Contain("--embeddings"));
    }

    [Test]
    public void The_stacks_model_is_fetched_once_checked_and_given_to_the_program_read_only()
    {
        var sha256 = UploadModel("SUMEMBv1 model bytes");
        Upload("a.csv", Csv);
        Upload("b.csv", Csv);
        Assert.That(RunScript(WithModel(Parameters("a.csv"), sha256)).ExitCode, Is.EqualTo(0));
        var cached = Path.Combine(_root, "home", "models", $"{sha256}.sumemb");
        var args = Report().Args;
        Assert.That(args[Array.IndexOf(args, "--embeddings") + 1], Is.EqualTo(cached), "--embeddings and the cached file, as two arguments");
        Assert.That(Report().Model, Is.EqualTo("SUMEMB"), "the job user can read the model");
        Assert.That(File.GetUnixFileMode(cached) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite), Is.EqualTo(UnixFileMode.None));

        Assert.That(RunScript(WithModel(Parameters("b.csv"), sha256)).ExitCode, Is.EqualTo(0));
        Assert.That(AwsCalls().Count(c => c[^2] == $"s3://art/{ModelKey}"), Is.EqualTo(1), "one download of the model");
    }

    [Test]
    public void A_model_without_the_deployed_sha256_is_never_used()
    {
        UploadModel("SUMEMBv1 model bytes");
        Upload("a.csv", Csv);
        var (code, _, stderr) = RunScript(WithModel(Parameters("a.csv"), new string('0', 64)));
        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr, Does.Contain(ModelKey).And.Contain("nothing was run"));
        Assert.That(File.Exists(Path.Combine(_root, "calls", "systemd-run")), Is.False, "the summarizer never ran");
        Assert.That(Directory.GetFiles(Path.Combine(_root, "home", "models")), Is.Empty, "nothing cached");
    }

    private const string ModelKey = "artifacts/model-0123456789abcdef.sumemb";

    private string UploadModel(string content)
    {
        File.WriteAllText(Path.Combine(_root, "s3", "art", ModelKey), content);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    private static Dictionary<string, string> WithModel(Dictionary<string, string> parameters, string sha256)
    {
        parameters[RunSummarizerDocument.Parameters.ModelKey] = ModelKey;
        parameters[RunSummarizerDocument.Parameters.ModelSha256] = sha256;
        return parameters;
    }

    [Test]
    public void A_failed_summarizer_uploads_nothing_and_its_exit_code_and_message_reach_ssm()
    {
        Upload("bad.csv", "FAIL");
        var (code, stdout, stderr) = RunScript(Parameters("bad.csv"));
        Assert.That(code, Is.EqualTo(3));
        Assert.That(stderr, Does.Contain("unterminated quote"));
        Assert.That(stdout, Does.Contain("summarizer: stopped after 0 rows"), "the closing line is reported on failure too");
        Assert.That(StagingExists(), Is.False);
    }

    [Test]
    public void An_input_that_cannot_be_read_fails_the_run_before_the_summarizer_starts()
    {
        var (code, _, stderr) = RunScript(Parameters("missing.csv"));
        Assert.That(code, Is.Not.EqualTo(0));
        Assert.That(stderr, Does.Contain("NoSuchVersion"));
        Assert.That(StagingExists(), Is.False);
        Assert.That(File.Exists(Path.Combine(_root, "calls", "systemd-run")), Is.False, "the summarizer never ran");
    }

    [Test]
    public void Every_parameter_is_given_to_the_script_only_as_an_environment_variable()
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
    public void Without_the_parameters_in_the_environment_it_stops_instead_of_guessing()
    {
        // An SSM Agent older than 3.3.2746.0 does not export parameters as environment variables.
        var (code, _, stderr) = RunScript(new Dictionary<string, string>());
        Assert.That(code, Is.Not.EqualTo(0));
        Assert.That(stderr, Does.Contain("SSM Agent"));
        Assert.That(Directory.GetFiles(Path.Combine(_root, "calls")), Is.Empty, "nothing was fetched or run");
    }

    public static IEnumerable<TestCaseData> OptionSets()
    {
        foreach (var name in BatchOptionSamples.HostileColumnNames.Append("ré sumé ☃"))
            yield return new TestCaseData(new BatchJobOptions(IdColumn: name, TextColumn: name + "2")).SetArgDisplayNames($"columns {name}");
        yield return new TestCaseData(new BatchJobOptions("review_id", "review_body", KeepColumns: true, Method: SummaryMethods.Lead, Sentences: 2))
            .SetArgDisplayNames("keep, lead, 2 sentences");
        yield return new TestCaseData(new BatchJobOptions(Ratio: 0.25)).SetArgDisplayNames("ratio 0.25");
    }

    [TestCaseSource(nameof(OptionSets))]
    public void Options_reach_the_program_as_one_exact_argument_each_and_nothing_is_evaluated(BatchJobOptions options)
    {
        Upload("a.csv", Csv);
        var parameters = Parameters("a.csv");
        foreach (var (name, value) in OptionParameters(options)) parameters[name] = value;
        var (code, _, stderr) = RunScript(parameters);
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(Report().Args, Is.EqualTo((string[])["batch", .. OptionArguments(options), "-", Report().Args[^1]]));
        Assert.That(Directory.GetFiles(_root, "PWNED*", SearchOption.AllDirectories), Is.Empty, "nothing in an option ran");
    }

    [Test]
    public void Each_option_parameter_is_fenced_by_its_rules_pattern()
    {
        foreach (var option in BatchOptionRules.All)
            Assert.That((string?)Document["parameters"]![option.DocumentParameter]!["allowedPattern"], Is.EqualTo(option.Fence), option.DocumentParameter);
        // The fence lets every value the rules accept through, and stops control characters inside any value.
        foreach (var sample in BatchOptionSamples.All)
        {
            var fence = (string)Document["parameters"]![sample.Option.DocumentParameter]!["allowedPattern"]!;
            if (sample.Accepted || sample.Value.TrimEnd('\n').Any(c => c < ' ' || c == '\u007f'))
                Assert.That(System.Text.RegularExpressions.Regex.IsMatch(sample.Value, fence), Is.EqualTo(sample.Accepted), sample.ToString());
        }
    }

    [TestCase(RunSummarizerDocument.Parameters.InputKey, "line\nbreak.csv", false)]
    [TestCase(RunSummarizerDocument.Parameters.InputKey, "ré sumé $(x).csv", true)]
    [TestCase(RunSummarizerDocument.Parameters.InputBucket, "Bad_Bucket", false)]
    [TestCase(RunSummarizerDocument.Parameters.StagingKey, "staging/../summaries/x.csv", false)]
    [TestCase(RunSummarizerDocument.Parameters.StagingKey, "staging/4f0c2a9e-8b1d-4c5e-9f00-1a2b3c4d5e6f.csv", true)]
    [TestCase(RunSummarizerDocument.Parameters.ProgramKey, "other/summarizer.tar.gz", false)]
    [TestCase(RunSummarizerDocument.Parameters.ProgramKey, ProgramKey, true)]
    [TestCase(RunSummarizerDocument.Parameters.InputVersion, "3/L4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nrjfkd", true)]
    [TestCase(RunSummarizerDocument.Parameters.InputVersion, "null", true)]
    [TestCase(RunSummarizerDocument.Parameters.InputVersion, "v1; rm -rf /", false)]
    [TestCase(RunSummarizerDocument.Parameters.ProgramSha256, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true)]
    [TestCase(RunSummarizerDocument.Parameters.ProgramSha256, "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF", false)]
    [TestCase(RunSummarizerDocument.Parameters.ProgramSha256, "0123456789abcdef; rm -rf /", false)]
    [TestCase(RunSummarizerDocument.Parameters.ModelKey, RunSummarizerDocument.BundledModel, true)]
    [TestCase(RunSummarizerDocument.Parameters.ModelKey, "", false)]
    [TestCase(RunSummarizerDocument.Parameters.ModelKey, ModelKey, true)]
    [TestCase(RunSummarizerDocument.Parameters.ModelKey, "artifacts/../x.sumemb; rm -rf /", false)]
    [TestCase(RunSummarizerDocument.Parameters.ModelKey, "other/model.sumemb", false)]
    [TestCase(RunSummarizerDocument.Parameters.ModelSha256, RunSummarizerDocument.BundledModel, true)]
    [TestCase(RunSummarizerDocument.Parameters.ModelSha256, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true)]
    [TestCase(RunSummarizerDocument.Parameters.ModelSha256, "$(reboot)", false)]
    public void Allowed_patterns_fence_each_parameter(string parameter, string value, bool allowed)
    {
        Assert.That(System.Text.RegularExpressions.Regex.IsMatch(value, RunSummarizerDocument.AllowedPattern(parameter)), Is.EqualTo(allowed));
    }

    private Dictionary<string, string> Parameters(string key) => new Dictionary<string, string>
    {
        [RunSummarizerDocument.Parameters.InputBucket] = "in-bucket",
        [RunSummarizerDocument.Parameters.InputKey] = key,
        [RunSummarizerDocument.Parameters.InputVersion] = Version,
        [RunSummarizerDocument.Parameters.OutputBucket] = "out-bucket",
        [RunSummarizerDocument.Parameters.StagingKey] = StagingKey,
        [RunSummarizerDocument.Parameters.ArtifactsBucket] = "art",
        [RunSummarizerDocument.Parameters.ProgramKey] = ProgramKey,
        [RunSummarizerDocument.Parameters.ProgramSha256] = _programSha256,
    }.Concat(OptionParameters(BatchJobOptions.Default)).ToDictionary();

    // The job's options as the workflow passes them: one parameter each, the text its rule takes.
    private static IEnumerable<KeyValuePair<string, string>> OptionParameters(BatchJobOptions options) =>
        options.Texts().Select(kv => KeyValuePair.Create(kv.Key.DocumentParameter, kv.Value));

    // What summarizer batch must get for them: --flag=value each (the flag alone for keep-columns), unset lengths left out.
    private static string[] OptionArguments(BatchJobOptions options) =>
        options.Texts().Where(kv => kv.Value != "" && !(kv.Key == BatchOptionRules.KeepColumns && kv.Value == "false"))
            .Select(kv => kv.Key == BatchOptionRules.KeepColumns ? kv.Key.Flag : $"{kv.Key.Flag}={kv.Value}").ToArray();

    private void Upload(string key, string body, string version = Version)
    {
        var path = Path.Combine(_root, "s3", "in-bucket", $"{key}#v={version}");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, body);
    }

    private bool StagingExists() => File.Exists(Path.Combine(_root, "s3", "out-bucket", StagingKey));

    private static IEnumerable<string> Script() =>
        Document["mainSteps"]![0]!["inputs"]!["runCommand"]!.AsArray().Select(l => (string)l!);

    private (int ExitCode, string StdOut, string StdErr) RunScript(Dictionary<string, string> parameters, string user = JobUser)
    {
        var bash = ExternalTool.Require("bash", "apt-get install bash");
        ExternalTool.Require("setpriv", "apt-get install util-linux");
        var script = Path.Combine(_root, "_script.sh");
        File.WriteAllText(script, string.Join('\n', Script()) + "\n");
        var environment = new Dictionary<string, string?>
        {
            ["PATH"] = Path.Combine(_root, "bin") + ":" + Environment.GetEnvironmentVariable("PATH"),
            ["SUMMARIZER_HOME"] = Path.Combine(_root, "home"),
            ["SUMMARIZER_USER"] = user,
            ["FAKE_S3"] = Path.Combine(_root, "s3"),
            ["CALLS"] = Path.Combine(_root, "calls"),
        };
        foreach (var (name, value) in parameters) environment[$"SSM_{name}"] = value;
        return ExternalTool.Run(bash, [script], workingDirectory: _root, environment: environment, timeout: TimeSpan.FromSeconds(30));
    }

    /// <summary>Every call of the stand-in aws CLI, in order, each as its exact arguments.</summary>
    private List<string[]> AwsCalls() =>
        Directory.GetFiles(Path.Combine(_root, "calls"), "aws.*").Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f, Encoding.UTF8).Split('\0')[..^1]).ToList();

    /// <summary>What the stand-in program reported, from the summary it wrote (uploaded to the staging key).</summary>
    private ProgramReport Report()
    {
        var lines = File.ReadAllLines(Path.Combine(_root, "s3", "out-bucket", StagingKey));
        return new ProgramReport(
            Uid: int.Parse(lines[0]["uid=".Length..]),
            Args: lines.Where(l => l.StartsWith("arg=")).Select(l => l["arg=".Length..]).ToArray(),
            Environment: lines.Single(l => l.StartsWith("home=")),
            ProgramWritable: lines.Single(l => l.StartsWith("program-writable="))["program-writable=".Length..],
            Model: lines.Single(l => l.StartsWith("model="))["model=".Length..],
            OomScoreAdj: lines.Single(l => l.StartsWith("oom_score_adj="))["oom_score_adj=".Length..],
            LockFds: lines.Single(l => l.StartsWith("lock-fds="))["lock-fds=".Length..],
            Input: string.Join('\n', lines.SkipWhile(l => !l.StartsWith("program-writable=")).Skip(1)));
    }

    private sealed record ProgramReport(int Uid, string[] Args, string Environment, string ProgramWritable, string Model, string OomScoreAdj, string LockFds, string Input);

    private static int Uid(string user) => int.Parse(ExternalTool.Run("id", ["-u", user]).StdOut.Trim());

    private static void WriteExecutable(string path, string text)
    {
        File.WriteAllText(path, text.Replace("\r\n", "\n") + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static void Run(string tool, string[] args)
    {
        var (code, _, stderr) = ExternalTool.Run(ExternalTool.Require(tool, $"apt-get install {tool}"), args);
        Assert.That(code, Is.EqualTo(0), stderr);
    }
}
