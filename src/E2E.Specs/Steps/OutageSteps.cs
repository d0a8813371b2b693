using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Drivers.Outages;
using E2E.Organisation;
using E2E.Runner.Catalog;
using E2E.Specs.Contexts;
using E2E.Specs.Support;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>A system down on purpose and back again, and the reserve routine that carries messages meanwhile (P11).</summary>
[Binding]
[StepSubject("Driftsstörning")]
public sealed class OutageSteps(OutageDriver outages, ReserveRoutineList reserveRoutine, AdmissionContext admitted, ScenarioContext scenario)
{
    [Given("att {system} har en driftsstörning")]
    [StepHelp("Tar ner {system} i de simulerade tenanterna: allt svarar 503 och integrationen håller meddelanden dit, tills systemet " +
        "är tillgängligt igen eller scenariot slutar. Kräver taggen @kräver:fel; ett system som redan var nere räknas som " +
        "miljöfel (P11).")]
    public Task SystemIsDown(CareSystem system)
    {
        Capabilities.RequireDeclared(scenario.ScenarioInfo.CombinedTags, Capabilities.Faults, $"tar ner {system.Display()}");
        return outages.BeginAsync(system);
    }

    [When("{system} är tillgängligt igen")]
    [StepHelp("Slår av driftsstörningen i {system}, så att systemet svarar igen och integrationen kan leverera det den har hållit " +
        "(P11).")]
    public Task SystemIsBack(CareSystem system) => outages.EndAsync(system);

    [Then("ska reservrutinen visa {meddelande} för {enhet}")]
    [StepHelp("Öppnar integrationens sida Reservrutin för {enhet} och laddar om den tills {meddelande} om patienten syns, högst " +
        "leveranstiden. Fallerar om meddelandet då saknas eller står där mer än en gång (P11).")]
    public Task ReserveRoutineHolds(MessageKind kind, KnownUnit unit) =>
        reserveRoutine.ShouldHoldOnceAsync(unit, kind, admitted.Current.Patient);
}
