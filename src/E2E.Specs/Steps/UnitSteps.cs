using E2E.Drivers;
using E2E.Drivers.Directory;
using E2E.Organisation;
using E2E.Specs.Support;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>Which system a unit works in: arranged through its live-from date, checked in the directory (P01, P02).</summary>
[Binding]
public sealed class UnitSteps(UnitDirectoryDriver directory, ScenarioClock clock, ScenarioContext scenario)
{
    [Given("att {enhet} arbetar i {system}")]
    public Task UnitWorksIn(KnownUnit unit, CareSystem system) => directory.EnsureWorksInAsync(unit, system);

    // "driftsätter Samvy imorgon" and "driftsatte Samvy igår" read as Swedish; both set the same date.
    [Given("att {enhet} driftsätter Samvy {datum}")]
    [Given("att {enhet} driftsatte Samvy {datum}")]
    public Task UnitGoesLive(KnownUnit unit, DateOnly liveFrom) => SetLiveFromAsync(unit, liveFrom);

    [Given("att {enhet} saknar driftsättningsdatum för Samvy")]
    public Task UnitHasNoGoLive(KnownUnit unit) => SetLiveFromAsync(unit, null);

    [Then("ska katalogen ange att {enhet} arbetar i {system}")]
    public Task DirectorySays(KnownUnit unit, CareSystem system) => directory.ShouldWorkInAsync(unit, system, clock.Today);

    [Then("ska katalogen för varje enhet ange Samvy från driftsättningsdatumet och annars SAMSA, med inkorgen där")]
    public Task DirectoryFollowsLiveFromDates() => directory.ShouldFollowLiveFromDatesAsync(clock.Today);

    private Task SetLiveFromAsync(KnownUnit unit, DateOnly? liveFrom)
    {
        Capabilities.RequireDeclared(scenario.ScenarioInfo.CombinedTags, Capabilities.Directory, $"ger {unit.BusinessName} ett driftsättningsdatum");
        return directory.SetLiveFromAsync(unit, liveFrom);
    }
}
