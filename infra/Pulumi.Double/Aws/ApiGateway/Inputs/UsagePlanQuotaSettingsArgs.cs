// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/Inputs/UsagePlanQuotaSettingsArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway.Inputs;

/// <summary>The most requests a usage plan allows each key in a period (DAY, WEEK or MONTH).</summary>
public sealed class UsagePlanQuotaSettingsArgs : global::Pulumi.ResourceArgs
{
    [Input("limit", required: true)]
    public Input<int> Limit { get; set; } = null!;

    [Input("period", required: true)]
    public Input<string> Period { get; set; } = null!;

    public UsagePlanQuotaSettingsArgs()
    {
    }
    public static new UsagePlanQuotaSettingsArgs Empty => new UsagePlanQuotaSettingsArgs();
}
