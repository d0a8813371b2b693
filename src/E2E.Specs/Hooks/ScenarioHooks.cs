using E2E.Core.Browser;
using E2E.Core.Settings;
using E2E.Drivers;
using E2E.Drivers.Http;
using E2E.Reporting;
using E2E.Runner.Execution;
using E2E.Specs.Contexts;
using E2E.Specs.Support;
using E2E.TestData;
using E2E.TestData.Leasing;
using Reqnroll;
using Reqnroll.BoDi;

namespace E2E.Specs.Hooks;

/// <summary>
/// Per scenario: hand the run's shared services to the drivers, give the scenario its own browser and seed,
/// and keep evidence when it fails. Nothing global is reset: scenarios run in parallel, isolated by their patients.
/// </summary>
[Binding]
public sealed class ScenarioHooks(IObjectContainer container, ScenarioContext scenario)
{
    [BeforeScenario(Order = 0)]
    public void PrepareScenario()
    {
        var run = TestRun.Current;
        container.RegisterInstanceAs(run.Settings);
        container.RegisterInstanceAs(run.Settings.Playwright);
        container.RegisterInstanceAs(run.Endpoints);
        container.RegisterInstanceAs(run.HostGuard);
        container.RegisterInstanceAs(run.Http);
        container.RegisterInstanceAs(new ScenarioBrowser(run.Browsers, run.HostGuard, ScenarioAttempt.NumberIn(scenario)));
        container.RegisterInstanceAs(run.SignIns);
        var leases = RunLeases.ForScenario(run.Endpoints); // released in FinishScenarioAsync
        container.RegisterInstanceAs(leases);
        container.RegisterInstanceAs<IIdentityLeases>(leases);

        var patients = container.Resolve<PatientContext>();
        // Feature, title and example row: outline rows and equally named scenarios get their own data.
        var examples = scenario.ScenarioInfo.Arguments.Values.Cast<object?>().Select(v => $"{v}").ToArray();
        patients.Seed = TestDataSeed.ForScenario(
            container.Resolve<FeatureContext>().FeatureInfo.Title, scenario.ScenarioInfo.Title, examples);
        ScenarioReport.AddParameter(scenario, "seed", TestDataSeed.Run.ToString(), excludedFromHistory: true);
    }

    /// <summary>Today on the tenants' clock (E2E_NOW in simulation), before any step counts a date from it.</summary>
    [BeforeScenario(Order = 1)]
    public async Task ReadTenantsTodayAsync() =>
        container.Resolve<ScenarioClock>().Today = await container.Resolve<TenantClock>().TodayAsync();

    [AfterScenario(Order = 0)]
    public async Task FinishScenarioAsync()
    {
        if (container.IsRegistered<ScenarioLeases>()) container.Resolve<ScenarioLeases>().ReleaseAll();
        var failed = scenario.TestError is not null || scenario.ScenarioExecutionStatus != ScenarioExecutionStatus.OK;
        var evidence = await container.Resolve<ScenarioBrowser>().FinishAsync(failed);
        foreach (var item in evidence)
            ScenarioReport.Attach(scenario, item.Name, item.MimeType, item.Content, item.FileExtension);
    }
}
