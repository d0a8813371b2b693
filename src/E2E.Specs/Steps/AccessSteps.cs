using E2E.Drivers;
using E2E.Drivers.Access;
using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Drivers.Systems;
using E2E.Organisation;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>
/// P12: who may reach what. A person tries to log in, or to open another unit's inbox (pages); the API client asks
/// for a token or an inbox on a person's behalf (API). Each refusal is checked as what the person or client was told.
/// </summary>
[Binding]
public sealed class AccessSteps(AccessDriver access, SystemAdapters systems, AdmissionContext admitted, AccessContext tried)
{
    [Given("att {yrke} på {enhet} bara har uppdrag vid enheter som arbetar i {system}")]
    public async Task OnlyAssignmentsIn(string role, KnownUnit unit, CareSystem system)
    {
        foreach (var assignment in Staff.At(unit, role).Person.Assignments)
        {
            var other = E2E.Drivers.Directory.UnitCatalogue.Find(assignment.UnitHsaId);
            var works = await systems.SystemOfAsync(other);
            if (works != system)
                throw new InvalidOperationException(
                    $"Förutsättningen håller inte: {Staff.At(unit, role)} har också uppdrag vid {other.DisplayName}, som arbetar i {works.Display()}.");
        }
    }

    [When("{yrke} på {enhet} försöker logga in i {system}")]
    public async Task TriesToLogIn(string role, KnownUnit unit, CareSystem system)
    {
        var person = Staff.At(unit, role);
        tried.LastPage = new AccessContext.PageAttempt(person, system, null, await access.TryLogInAsync(person, system));
    }

    [When("{yrke} på {enhet} försöker öppna inkorgen för {enhet}")]
    public async Task TriesToOpenInbox(string role, KnownUnit unit, KnownUnit other)
    {
        var person = Staff.At(unit, role);
        tried.LastPage = new AccessContext.PageAttempt(person, await systems.SystemOfAsync(unit), other, await access.TryOpenInboxOfAsync(person, other));
    }

    [When("{yrke} på {enhet} begär ett token för {system}s API")]
    public async Task AsksForToken(string role, KnownUnit unit, CareSystem system)
    {
        var person = Staff.At(unit, role);
        tried.LastApi = new AccessContext.ApiCall(person, system, null, await access.TryTokenAsync(person, system));
    }

    [When("{yrke} på {enhet} begär inkorgen för {enhet} genom {system}s API")]
    public async Task AsksForInboxThroughApi(string role, KnownUnit unit, KnownUnit other, CareSystem system)
    {
        var person = Staff.At(unit, role);
        var works = await systems.SystemOfAsync(unit);
        if (works != system)
            throw new InvalidOperationException($"{person.Description} arbetar i {works.Display()}, inte i {system.Display()}: personens token gäller inte där.");
        tried.LastApi = new AccessContext.ApiCall(person, system, other, await access.TryReadInboxThroughApiAsync(person, other));
    }

    // The login refusal names the person, so they know it is their assignments and not a typing error.
    [Then("ska {system} neka inloggningen med beskedet {string}")]
    public void LoginRefused(CareSystem system, string words)
    {
        var attempt = tried.RequirePage();
        SameSystem(attempt.System, system);
        AccessChecks.ShouldBeRefused(attempt.Outcome, system, $"{attempt.Person.Description} loggar in", words, attempt.Person.Person.Name);
    }

    // The inbox refusal says which assignment the reader holds and which unit's inbox was asked for, and shows no patient.
    [Then("ska {system} neka att visa inkorgen med beskedet {string}")]
    public void InboxRefused(CareSystem system, string words)
    {
        var attempt = tried.RequirePage();
        SameSystem(attempt.System, system);
        var inbox = attempt.Inbox ?? throw new InvalidOperationException("Det senaste försöket gällde ingen inkorg.");
        AccessChecks.ShouldBeRefused(attempt.Outcome, system, $"{attempt.Person.Description} öppnar inkorgen för {inbox.DisplayName}", words,
            $"Ditt uppdrag gäller {attempt.Person.Unit.DisplayName}", $"för enheten {inbox.HsaId}");
        AccessChecks.ShouldNotShowPatient(attempt.Outcome.Told, admitted.All, $"{system.Display()}s sida för {attempt.Person.Description}");
    }

    [Then("ska {system}s API neka med status {int} och beskedet {string}")]
    public void ApiRefused(CareSystem system, int status, string words)
    {
        var call = tried.RequireApi();
        SameSystem(call.System, system);
        var what = call.Inbox is null ? $"token för {call.Person.Description}" : $"inkorgen för {call.Inbox.DisplayName} med token för {call.Person.Description}";
        // Refusing an inbox, the API says which assignment the token holds and which unit's inbox was asked for, as the page does.
        string[] mustSay = call.Inbox is null ? [words] : [words, $"Ditt uppdrag gäller {call.Person.Unit.DisplayName}", $"för enheten {call.Inbox.HsaId}"];
        AccessChecks.ShouldBeRefusedByApi(call.Outcome, system, what, status, mustSay);
        AccessChecks.ShouldNotShowPatient(call.Outcome.Told, admitted.All, $"{system.Display()}s API-svar");
    }

    private static void SameSystem(CareSystem tried, CareSystem named)
    {
        if (tried != named)
            throw new InvalidOperationException($"Försöket gjordes i {tried.Display()}, men steget frågar efter {named.Display()}.");
    }
}
