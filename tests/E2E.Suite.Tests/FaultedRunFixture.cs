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
}
