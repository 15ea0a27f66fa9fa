// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/UsagePlan.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>Which stages a set of API keys may call, and how often.</summary>
public partial class UsagePlan : global::Pulumi.CustomResource
{
    public UsagePlan(string name, UsagePlanArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:apigateway/usagePlan:UsagePlan", name, args ?? new UsagePlanArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class UsagePlanArgs : global::Pulumi.ResourceArgs
{
    [Input("apiStages")]
    private InputList<Inputs.UsagePlanApiStageArgs>? _apiStages;

    public InputList<Inputs.UsagePlanApiStageArgs> ApiStages
    {
        get => _apiStages ?? (_apiStages = new InputList<Inputs.UsagePlanApiStageArgs>());
        set => _apiStages = value;
    }

    [Input("quotaSettings")]
    public Input<Inputs.UsagePlanQuotaSettingsArgs>? QuotaSettings { get; set; }

    [Input("throttleSettings")]
    public Input<Inputs.UsagePlanThrottleSettingsArgs>? ThrottleSettings { get; set; }

    public UsagePlanArgs()
    {
    }
    public static new UsagePlanArgs Empty => new UsagePlanArgs();
}
