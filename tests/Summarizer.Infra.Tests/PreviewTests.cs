namespace Summarizer.Infra.Tests;

/// <summary>
/// The program during the preview of a first `pulumi up` (TestOptions.IsPreview, with a provider that has assigned
/// nothing yet): every value AWS assigns is unknown, and the program must still declare the whole stack, since a
/// preview shows what the deployment will create.
/// </summary>
public class PreviewTests
{
    private StackRun _preview = null!;
    private StackRun _deployed = null!;

    [OneTimeSetUp]
    public void Deploy() => (_preview, _deployed) = (StackRun.Dev(firstPreview: true), StackRun.Dev());

    private static IEnumerable<(string Type, string Name)> Declared(StackRun run) =>
        run.Mocks.Resources.Select(r => (r.Type!, r.Name!));

    [Test]
    public void The_preview_declares_every_resource_and_output_the_deployment_has()
    {
        Assert.That(Declared(_preview), Is.EquivalentTo(Declared(_deployed)));
        Assert.That(_preview.Outputs.Keys, Is.EquivalentTo(_deployed.Outputs.Keys));
        Assert.That(_preview.Mocks.Calls.Select(c => c.Token), Is.EquivalentTo(_deployed.Mocks.Calls.Select(c => c.Token)));
    }

    [Test]
    public void What_aws_assigns_is_unknown_in_the_preview_and_the_api_key_stays_secret()
    {
        Assert.That(Values.IsKnown(_preview.OutputOf<string>("inputBucket")), Is.False);
        Assert.That(Values.IsKnown(_preview.OutputOf<string>("summarizeUrl")), Is.False);
        Assert.That(_preview.Output<string>("resultKeyPattern"), Is.EqualTo(_deployed.Output<string>("resultKeyPattern")), "what the program knows itself");
        var apiKey = _preview.OutputOf<string>("apiKey");
        Assert.That((Values.IsKnown(apiKey), Values.IsSecret(apiKey)), Is.EqualTo((false, true)));
    }

    [Test]
    public void Inputs_made_from_unknown_values_reach_the_provider_as_not_yet_known()
    {
        // The batch definition names the worker's instance id: unknown until the instance exists, so left out of the
        // inputs the provider sees in the preview; the settings the program knows are there.
        var batch = _preview.Named<Pulumi.Aws.Sfn.StateMachine>("batch").Inputs;
        Assert.That(batch.Has("definition"), Is.False);
        Assert.That(batch.String("type"), Is.EqualTo("STANDARD"));
        Assert.That(_deployed.Named<Pulumi.Aws.Sfn.StateMachine>("batch").Inputs.Has("definition"), Is.True);
    }
}
