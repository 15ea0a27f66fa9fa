namespace Summarizer.Infra;

/// <summary>AWS console pages a user of the stack opens.</summary>
public static class ConsoleLinks
{
    /// <summary>The executions list of a state machine; each execution opens in the graph view.</summary>
    public static string StateMachineExecutions(string region, string stateMachineArn) =>
        $"https://{region}.console.aws.amazon.com/states/home?region={region}#/statemachines/view/{stateMachineArn}";
}
