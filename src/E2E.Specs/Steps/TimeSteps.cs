using E2E.Core.Time;
using E2E.Drivers;
using E2E.Drivers.Systems;
using E2E.Runner.Catalog;
using E2E.Specs.Support;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>What day and time it is in the tenants, and time passing. Only in scenarios tagged @kräver:testklocka.</summary>
[Binding]
[StepSubject("Tid")]
public sealed class TimeSteps(TenantClock clock, ScenarioClock scenarioClock, SystemAdapters systems, ScenarioContext scenario)
{
    [Given("att det är {tidpunkt}")]
    [StepHelp("Ställer de simulerade tenanternas klocka på {tidpunkt} (svensk tid); tiden går vidare därifrån och enheternas system " +
        "slås upp på nytt för det nya datumet. Kräver taggen @kräver:testklocka.")]
    public Task ItIs(DateTimeOffset moment) => MoveToAsync(moment);

    [Given("att {int} dagar har gått")]
    [When("{int} dagar har gått")]
    [StepHelp("Flyttar tenanternas klocka {int} kalenderdagar framåt, till samma klockslag i svensk tid även över en " +
        "sommartidsomställning. Kräver taggen @kräver:testklocka.")]
    public async Task DaysPass(int days)
    {
        // The same wall-clock time that many Swedish days later (24 hours would drift across a DST change).
        var now = SwedishTime.ToSwedish(await clock.NowAsync());
        await MoveToAsync(SwedishTime.At(DateOnly.FromDateTime(now.DateTime).AddDays(days), TimeOnly.FromDateTime(now.DateTime)));
    }

    [Given("att en dag har gått")]
    [When("en dag har gått")]
    [StepHelp("Flyttar tenanternas klocka en kalenderdag framåt, till samma klockslag i svensk tid. Kräver taggen @kräver:testklocka.")]
    public Task ADayPasses() => DaysPass(1);

    private async Task MoveToAsync(DateTimeOffset moment)
    {
        Capabilities.RequireDeclared(scenario.ScenarioInfo.CombinedTags, Capabilities.Clock, "ställer tenanternas klocka");
        await clock.SetNowAsync(moment);
        scenarioClock.Today = SwedishTime.DateOf(moment);
        systems.ForgetAll();
    }
}
