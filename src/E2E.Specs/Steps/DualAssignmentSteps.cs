using E2E.Drivers;
using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Drivers.Systems;
using E2E.Organisation;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>P12: one person with assignments at units in both systems does the process in each, with that assignment.</summary>
[Binding]
public sealed class DualAssignmentSteps(MessagingDriver messaging, SystemAdapters systems, MessageContext messages, AccessContext access)
{
    // The staff catalogue gives each municipality one coordinator assigned to its home care and its needs assessors.
    [Given("att samordnaren i {kommun} har uppdrag vid {enhet} och vid {enhet}")]
    public async Task CoordinatorHoldsBoth(Municipality municipality, KnownUnit first, KnownUnit second)
    {
        var one = Staff.At(first, StaffRoles.MunicipalCoordinator).Person;
        var two = Staff.At(second, StaffRoles.MunicipalCoordinator).Person;
        if (one.HsaId != two.HsaId || first.Municipality != municipality.Name || second.Municipality != municipality.Name)
            throw new InvalidOperationException(
                $"Personalkatalogen har ingen samordnare i {municipality.Name} med uppdrag vid både {first.DisplayName} och {second.DisplayName} " +
                $"(där: {one}, {two}).");
        var (s1, s2) = (await systems.SystemOfAsync(first), await systems.SystemOfAsync(second));
        if (s1 == s2)
            throw new InvalidOperationException(
                $"Förutsättningen håller inte: {first.DisplayName} och {second.DisplayName} arbetar båda i {s1.Display()}; " +
                "scenariot kräver en enhet i vardera systemet.");
        access.Coordinator = one;
    }

    // The same person, logged in with the assignment at the unit, in the system the scenario names.
    [Then("ska samordnaren se {meddelande} i inkorgen för {enhet} i {system}")]
    public async Task CoordinatorSees(MessageKind kind, KnownUnit unit, CareSystem system)
    {
        var coordinator = new Actor(access.RequireCoordinator(), StaffRoles.MunicipalCoordinator, unit);
        var sent = messages.LastSent(kind, unit);
        messages.Seen = await messaging.ShouldArriveAsync(coordinator, system, sent);
    }
}
