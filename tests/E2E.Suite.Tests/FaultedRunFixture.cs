using E2E.Runner.Execution;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Suite.Tests;

/// <summary>A fixture that runs real scenarios in one suite run with <paramref name="fault"/> on, results in a fresh folder.</summary>
[NonParallelizable]
public abstract class FaultedRunFixture(string fault)
{
    protected string Results { get; } = Path.Combine(Path.GetTempPath(), $"e2e-{fault}-" + Guid.NewGuid());

    [OneTimeSetUp]
    public Task StartSuiteWithFaultAsync() => FaultedRun.StartAsync(fault, Results);

    [OneTimeTearDown]
    public Task EndSuiteAsync() => FaultedRun.EndAsync();

    /// <summary>Runs the P04 scenario <paramref name="title"/>, which must fail, and reads the message trail it carries.</summary>
    protected async Task<(ScenarioFailedException Failure, string Trail)> FailingP04Async(string title)
    {
        var scenario = FaultedRun.P04(title);
        var act = () => ScenarioExecutor.RunAsync(scenario, FaultedRun.Suite);
        var failure = (await act.Should().ThrowAsync<ScenarioFailedException>()).Which;
        return (failure, TrailAttachment.Read(Results, scenario.ScenarioTitle!));
    }
}
