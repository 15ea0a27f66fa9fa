using Summarizer.Function;

// The `bootstrap` executable Lambda's OS-only runtime starts. AWS_LAMBDA_RUNTIME_API ("host:port") is set by
// Lambda for custom runtimes (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html,
// "Defined runtime environment variables").
const string RuntimeApiVariable = "AWS_LAMBDA_RUNTIME_API";

if (Environment.GetEnvironmentVariable(RuntimeApiVariable) is not { Length: > 0 } runtimeApi)
{
    Console.Error.WriteLine($"{RuntimeApiVariable} is not set: this program is the Lambda function's runtime and runs on Lambda " +
                            "(or under a test's Runtime API server). Use `summarizer serve` to run the service locally.");
    return 2;
}

RuntimeApiClient api;
try { api = new RuntimeApiClient(runtimeApi); }
catch (RuntimeApiFatalException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
using (api)
    return new FunctionRuntime(api, () => PackagedModel.Load(AppContext.BaseDirectory), TestFaults.FromEnvironment(), Console.Error).Run();
