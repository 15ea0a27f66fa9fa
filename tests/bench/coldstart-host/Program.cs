using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

// Usage: coldstart-host <unzipped package dir> <handler Assembly::Namespace.Type::Method> <request payload file>
// Does what the Lambda runtime does for a Stream handler: load the function's assembly with its own deps.json,
// create the handler object (init phase: static fields such as the model load here), call the method once.
// Prints the response on stdout and, on stderr, milliseconds since the process started at each step.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: coldstart-host PACKAGE_DIR HANDLER REQUEST_FILE");
    return 2;
}
var processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
double SinceStart() => (DateTime.UtcNow - processStart).TotalMilliseconds;

var hostReady = SinceStart();
var parts = args[1].Split("::");
var assemblyPath = Path.Combine(Path.GetFullPath(args[0]), parts[0] + ".dll");
var assembly = new PackageLoadContext(assemblyPath).LoadFromAssemblyPath(assemblyPath);
var type = assembly.GetType(parts[1], throwOnError: true)!;
var method = type.GetMethod(parts[2], BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
    ?? throw new MissingMethodException(parts[1], parts[2]);
var handler = method.IsStatic ? null : Activator.CreateInstance(type);
// Static initialisation (the model load) runs on first use of the type's statics; force it as Lambda's init does.
System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(type.TypeHandle);
var initDone = SinceStart();

using var input = new MemoryStream(File.ReadAllBytes(args[2]));
using var output = (Stream)method.Invoke(handler, [input])!;
using var stdout = Console.OpenStandardOutput();
output.CopyTo(stdout);
stdout.Flush();
var firstResponse = SinceStart();

// A second, warm invocation in the same container, for contrast: what the first one paid for JIT and first use.
var warm = Stopwatch.StartNew();
using (var again = (Stream)method.Invoke(handler, [new MemoryStream(File.ReadAllBytes(args[2]))])!)
    again.CopyTo(Stream.Null);
warm.Stop();

Console.Error.WriteLine($"host_ready_ms={hostReady:F0} init_done_ms={initDone:F0} first_response_ms={firstResponse:F0} warm_invoke_ms={warm.Elapsed.TotalMilliseconds:F1}");
return 0;

/// <summary>Resolves the package's dependencies from its deps.json, as the Lambda runtime does.</summary>
sealed class PackageLoadContext(string mainAssemblyPath) : AssemblyLoadContext(isCollectible: false)
{
    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName name) =>
        _resolver.ResolveAssemblyToPath(name) is { } path ? LoadFromAssemblyPath(path) : null;
}
