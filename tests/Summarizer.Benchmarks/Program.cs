// Benchmarks: written by the engine and CLI issues.
return 0;
