using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Drivers.Outages;
using E2E.Organisation;
using E2E.Specs.Contexts;
using E2E.Specs.Support;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>A system down on purpose and back again, and the reserve routine that carries messages meanwhile (P11).</summary>
[Binding]
public sealed class OutageSteps(OutageDriver outages, ReserveRoutineList reserveRoutine, AdmissionContext admitted, ScenarioContext scenario)
{
    [Given("att {system} har en driftsstörning")]
    public Task SystemIsDown(CareSystem system)
    {
        Capabilities.RequireDeclared(scenario.ScenarioInfo.CombinedTags, Capabilities.Faults, $"tar ner {system.Display()}");
        return outages.BeginAsync(system);
    }

    [When("{system} är tillgängligt igen")]
    public Task SystemIsBack(CareSystem system) => outages.EndAsync(system);

    [Then("ska reservrutinen visa {meddelande} för {enhet}")]
    public Task ReserveRoutineHolds(MessageKind kind, KnownUnit unit) =>
        reserveRoutine.ShouldHoldOnceAsync(unit, kind, admitted.Current.Patient);
}
