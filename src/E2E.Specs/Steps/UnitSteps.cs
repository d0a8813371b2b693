using E2E.Drivers;
using E2E.Drivers.Directory;
using E2E.Organisation;
using E2E.Runner.Catalog;
using E2E.Specs.Support;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>Which system a unit works in: arranged through its live-from date, checked in the directory (P01, P02).</summary>
[Binding]
[StepSubject("Enheter och system")]
public sealed class UnitSteps(UnitDirectoryDriver directory, ScenarioClock clock, ScenarioContext scenario)
{
    [Given("att {enhet} arbetar i {system}")]
    [StepHelp("Ser till att enhetskatalogen (Millenniumenheter) placerar {enhet} i {system}. I simuleringen flyttas enheten vid " +
        "behov; mot riktiga tenanter fallerar steget som en bruten förutsättning om katalogen säger något annat.")]
    public Task UnitWorksIn(KnownUnit unit, CareSystem system) => directory.EnsureWorksInAsync(unit, system);

    // "driftsätter Samvy imorgon" and "driftsatte Samvy igår" read as Swedish; both set the same date.
    [Given("att {enhet} driftsätter Samvy {datum}")]
    [Given("att {enhet} driftsatte Samvy {datum}")]
    [StepHelp("Ger {enhet} driftsättningsdatum {datum} för Samvy i den simulerade enhetskatalogen; vad katalogen sedan anger " +
        "kontrolleras av ett Så-steg. Kräver taggen @kräver:katalog.")]
    public Task UnitGoesLive(KnownUnit unit, DateOnly liveFrom) => SetLiveFromAsync(unit, liveFrom);

    [Given("att {enhet} saknar driftsättningsdatum för Samvy")]
    [StepHelp("Tar bort driftsättningsdatumet för Samvy för {enhet} i den simulerade enhetskatalogen, så att enheten enligt " +
        "regelverket arbetar i SAMSA. Kräver taggen @kräver:katalog.")]
    public Task UnitHasNoGoLive(KnownUnit unit) => SetLiveFromAsync(unit, null);

    [Then("ska katalogen ange att {enhet} arbetar i {system}")]
    [StepHelp("Slår upp {enhet} i enhetskatalogens API på dagens datum enligt tenanternas klocka. Fallerar om katalogen inte känner " +
        "enheten eller inte anger {system} med enhetens inkorg där.")]
    public Task DirectorySays(KnownUnit unit, CareSystem system) => directory.ShouldWorkInAsync(unit, system, clock.Today);

    [Then("ska katalogen för varje enhet ange Samvy från driftsättningsdatumet och annars SAMSA, med inkorgen där")]
    [StepHelp("Går igenom hela enhetskatalogen via dess API på dagens datum: en enhet med driftsättningsdatum idag eller tidigare ska " +
        "anges i Samvy, alla andra i SAMSA, var och en med sin inkorg i det systemet. Fallerar med de enheter som anges fel " +
        "(P02).")]
    public Task DirectoryFollowsLiveFromDates() => directory.ShouldFollowLiveFromDatesAsync(clock.Today);

    private Task SetLiveFromAsync(KnownUnit unit, DateOnly? liveFrom)
    {
        Capabilities.RequireDeclared(scenario.ScenarioInfo.CombinedTags, Capabilities.Directory, $"ger {unit.BusinessName} ett driftsättningsdatum");
        return directory.SetLiveFromAsync(unit, liveFrom);
    }
}
