using E2E.Drivers;
using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Drivers.Systems;
using E2E.Organisation;
using E2E.Runner.Catalog;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>P12: one person with assignments at units in both systems does the process in each, with that assignment.</summary>
[Binding]
[StepSubject("Personal med uppdrag i båda systemen")]
public sealed class DualAssignmentSteps(MessagingDriver messaging, SystemAdapters systems, MessageContext messages, AccessContext access)
{
    // The staff catalogue gives each municipality one coordinator assigned to its home care and its needs assessors.
    [StepHelp("Ordnar inget utan prövar en förutsättning: personalkatalogen har en och samma samordnare i {kommun} med uppdrag vid båda enheterna, " +
              "och enheterna arbetar enligt katalogen Millenniumenheter i var sitt system. Annars stoppas scenariot; samordnaren är den som läser i senare steg (P12).")]
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

    [StepHelp("Samordnaren loggar in i {system} med sitt uppdrag vid {enhet}, öppnar enhetens inkorg och väntar på {meddelande} för patienten " +
              "(ett inskrivningsmeddelande också med det beräknade utskrivningsdatum som skickades). Fallerar om det inte syns inom leveranstiden; dubbletter prövas inte här (P12).")]
    [Then("ska samordnaren se {meddelande} i inkorgen för {enhet} i {system}")]
    public async Task CoordinatorSees(MessageKind kind, KnownUnit unit, CareSystem system)
    {
        var coordinator = new Actor(access.RequireCoordinator(), StaffRoles.MunicipalCoordinator, unit);
        var sent = messages.LastSent(kind, unit);
        messages.Seen = await messaging.ShouldArriveAsync(coordinator, system, sent);
    }
}
