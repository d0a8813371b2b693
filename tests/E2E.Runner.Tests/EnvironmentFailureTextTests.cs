using E2E.Runner.Discovery;
using E2E.Runner.Execution;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Runner.Tests;

/// <summary>A tenant that did not answer is told first, even when a step wrapped it: the report files it by those words.</summary>
public sealed class EnvironmentFailureTextTests
{
    private static readonly ScenarioCase Scenario = new()
    {
        FeatureFile = "features/P04/x.feature", DisplayName = "x", Tags = [], Line = 3,
    };

    private static readonly ScenarioStep Step = new("Så ", "ska hemsjukvården se meddelandet", StepKind.Then, 7, null, null);

    [Test]
    public void A_wrapped_environment_failure_comes_first_with_the_steps_own_words_after()
    {
        var wrapped = new InvalidOperationException("Inkorgen gick inte att läsa",
            new TenantUnreachableException("MILJÖFEL: Samvy i miljön local svarade inte (http://127.0.0.1:1/): anslutningen nekades"));

        var failure = ScenarioFailure.Describe(wrapped, Scenario, Step);

        failure.Message.Should().StartWith("MILJÖFEL: Samvy i miljön local svarade inte (http://127.0.0.1:1/): anslutningen nekades\nInkorgen gick inte att läsa");
        failure.Message.Should().Contain("Plats: features/P04/x.feature:7");
    }

    [Test]
    public void Any_other_failure_keeps_its_own_message_first()
    {
        var failure = ScenarioFailure.Describe(new InvalidOperationException("Inkorgen saknar meddelandet"), Scenario, Step);

        failure.Message.Should().StartWith("Inkorgen saknar meddelandet\n\nSteg: Så ska hemsjukvården se meddelandet");
    }

    [Test, NonParallelizable]
    public async Task A_failure_an_AfterScenario_hook_restates_is_thrown_in_its_words()
    {
        var act = () => ScenarioExecutor.RunAsync(Fixtures.Case("odefinierad", "En hook säger om ett misslyckat steg"), typeof(EnvironmentFailureTextTests).Assembly);

        var failure = (await act.Should().ThrowAsync<ScenarioFailedException>()).Which;
        failure.Message.Should().StartWith("MILJÖFEL: omformulerat\nLoggen saknar \"något som saknas\"");
    }

    // Named like the drivers' exception: the runner knows it by name, not by reference.
    private sealed class TenantUnreachableException(string message) : Exception(message);
}
