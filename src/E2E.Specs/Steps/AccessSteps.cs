using E2E.Drivers;
using E2E.Drivers.Access;
using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Drivers.Systems;
using E2E.Organisation;
using E2E.Runner.Catalog;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>
/// P12: who may reach what. A person tries to log in, or to open another unit's inbox (pages); the API client asks
/// for a token or an inbox on a person's behalf (API). Each refusal is checked as what the person or client was told.
/// </summary>
[Binding]
[StepSubject("Behörighet och inloggning")]
public sealed class AccessSteps(AccessDriver access, SystemAdapters systems, AdmissionContext admitted, AccessContext tried)
{
    [StepHelp("Ordnar inget utan prövar en förutsättning: varje uppdrag som personen med {yrke} på {enhet} har i personalkatalogen gäller en enhet " +
              "som enligt katalogen Millenniumenheter arbetar i {system} idag. Annars stoppas scenariot med beskedet att förutsättningen inte håller (P12).")]
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

    [StepHelp("Personen med {yrke} på {enhet} försöker logga in i {system} med sitt uppdrag vid {enhet}, och systemet får neka. " +
              "Beskedet personen fick läses av nästa Så-steg (P12).")]
    [When("{yrke} på {enhet} försöker logga in i {system}")]
    public async Task TriesToLogIn(string role, KnownUnit unit, CareSystem system)
    {
        var person = Staff.At(unit, role);
        tried.LastPage = new AccessContext.PageAttempt(person, system, null, await access.TryLogInAsync(person, system));
    }

    [StepHelp("Personen med {yrke} på den första {enhet} loggar in i sin egen enhets system och går till inkorgen för den andra {enhet} genom " +
              "att skriva adressen (ingen meny leder dit); systemet får neka. Sidan personen fick läses av nästa Så-steg (P12).")]
    [When("{yrke} på {enhet} försöker öppna inkorgen för {enhet}")]
    public async Task TriesToOpenInbox(string role, KnownUnit unit, KnownUnit other)
    {
        var person = Staff.At(unit, role);
        tried.LastPage = new AccessContext.PageAttempt(person, await systems.SystemOfAsync(unit), other, await access.TryOpenInboxOfAsync(person, other));
    }

    [StepHelp("API-klienten ber {system}s API om ett token för personens uppdrag vid {enhet}, för personens räkning; systemet får neka. " +
              "Svarets status och besked läses av nästa Så-steg (P12).")]
    [When("{yrke} på {enhet} begär ett token för {system}s API")]
    public async Task AsksForToken(string role, KnownUnit unit, CareSystem system)
    {
        var person = Staff.At(unit, role);
        tried.LastApi = new AccessContext.ApiCall(person, system, null, await access.TryTokenAsync(person, system));
    }

    [StepHelp("Med ett token för personens egen enhet (den första {enhet}) ber API-klienten {system}s API om inkorgen för den andra {enhet}; " +
              "status och besked läses av nästa Så-steg. Arbetar den egna enheten inte i {system} stoppas scenariot, för då gäller token inte där (P12).")]
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
    [StepHelp("Prövar det senaste inloggningsförsöket: {system} ska ha nekat, och beskedet ska innehålla den angivna texten och personens namn. " +
              "Fallerar om personen kom in, om beskedet saknar texten eller namnet, eller om försöket gjordes i det andra systemet (P12).")]
    [Then("ska {system} neka inloggningen med beskedet {string}")]
    public void LoginRefused(CareSystem system, string words)
    {
        var attempt = tried.RequirePage();
        SameSystem(attempt.System, system);
        AccessChecks.ShouldBeRefused(attempt.Outcome, system, $"{attempt.Person.Description} loggar in", words, attempt.Person.Person.Name);
    }

    [StepHelp("Prövar det senaste försöket att öppna en annan enhets inkorg: {system} ska ha nekat med ett besked som innehåller den angivna texten, " +
              "personens uppdragsenhet och den begärda enhetens HSA-id. Fallerar om inkorgen visades, om beskedet saknar något av det, " +
              "eller om sidan visar namn eller personnummer för någon av scenariots patienter (P12).")]
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

    [StepHelp("Prövar den senaste API-begäran: {system}s API ska ha svarat med den angivna statusen och ett besked som innehåller den angivna texten " +
              "(för en inkorg också personens uppdragsenhet och den begärda enhetens HSA-id). Fallerar vid annan status, saknade ord, " +
              "eller om svaret innehåller namn eller personnummer för någon av scenariots patienter (P12).")]
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
