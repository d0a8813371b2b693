using E2E.Drivers.Actors;
using E2E.Drivers.Attempts;
using E2E.Drivers.Directory;
using E2E.Drivers.Http;
using E2E.Drivers.Systems;
using E2E.Organisation;

namespace E2E.Drivers.Access;

/// <summary>
/// P12: what a person may reach. Logins and opening an inbox are what a person does (the pages); a token is what
/// the API client asks for on the person's behalf (the API). Every attempt comes back with what the system said.
/// </summary>
public sealed class AccessDriver(SystemAdapters systems, ActorSessions sessions, TenantHttpClients http)
{
    public Task<Attempt> TryLogInAsync(Actor person, CareSystem system) => sessions.TryLogInAsync(person, system);

    /// <summary>A token for the person's assignment at their unit, asked of the given system.</summary>
    public async Task<ApiAttempt> TryTokenAsync(Actor person, CareSystem system)
    {
        using var response = await http.Tokens.AskAsync(system, person.Person.HsaId, person.Unit.HsaId);
        var told = response.IsSuccessStatusCode ? $"token utfärdat för {person.Person.Name} på {person.Unit.DisplayName}" : await ProblemText.ReadAsync(response);
        return new ApiAttempt((int)response.StatusCode, told);
    }

    /// <summary>The reader, logged in for their own unit in its system, asks for the other unit's inbox in the pages.</summary>
    public async Task<Attempt> TryOpenInboxOfAsync(Actor reader, KnownUnit otherUnit)
    {
        var system = await systems.SystemOfAsync(reader.Unit);
        var page = await sessions.SignedInAsync(reader, system);
        return await systems.For<IInboxAccess>(system).TryOpenInboxOfAsync(page, otherUnit);
    }

    /// <summary>The same through the system's API, with a token for the reader's own unit.</summary>
    public async Task<ApiAttempt> TryReadInboxThroughApiAsync(Actor reader, KnownUnit otherUnit) =>
        await (await systems.ForUnitAsync<IInboxAccess>(reader.Unit)).TryReadInboxThroughApiAsync(reader.Unit, otherUnit);
}
