using BenchmarkDotNet.Running;
using Summarizer.Benchmarks.Engine;

// Every BenchmarkDotNet benchmark in this assembly, chosen on the command line, e.g.
//   dotnet run -c Release --project tests/Summarizer.Benchmarks -- --filter '*Engine.*'
// or `cpu [REPETITIONS] [STAGE]`: the engine stages (those whose name contains STAGE) timed in process CPU time (steadier than wall time on a busy shared machine);
// or `largest`: the engine's memory and CPU time on the largest text a request or a batch row may hold.
if (args is ["cpu", ..])
{
    CpuTimeReport.Run(args.Length > 1 ? int.Parse(args[1]) : 20, args.Length > 2 ? args[2] : null);
    return;
}
if (args is ["largest", ..])
{
    LargestTextReport.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
