using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Integration.Access;

/// <summary>The answer to a token request: a token, or a refusal with its status and Swedish text.</summary>
public sealed record TokenOutcome(string? Token, StaffGrant? Grant, int Status, string Title, string Detail)
{
    public static TokenOutcome Refused(int status, string title, string detail) => new(null, null, status, title, detail);
}

/// <summary>
/// Issues a tenant's bearer tokens to the API client that proves itself with its secret, for a person and one of
/// their assignments at a unit that works in this tenant's system today (the directory decides).
/// </summary>
public sealed class TokenIssuer(SimulationState sim, StaffClient staff, AccessTokens tokens)
{
    public async Task<TokenOutcome> IssueAsync(
        string system, string? clientId, string? clientSecret, string? personHsaId, string? unitHsaId, CancellationToken ct)
    {
        if (!sim.ApiClients.Verify(system, clientId, clientSecret))
        {
            return TokenOutcome.Refused(401, "Klienten är inte behörig", "Okänt klient-id eller fel klienthemlighet.");
        }
        if (string.IsNullOrWhiteSpace(personHsaId) || string.IsNullOrWhiteSpace(unitHsaId))
        {
            return TokenOutcome.Refused(400, "Ofullständig begäran", "Ange personens HSA-id och enhetens HSA-id.");
        }
        var person = await staff.PersonAsync(personHsaId.Trim(), ct);
        if (person is null)
        {
            return TokenOutcome.Refused(403, "Okänd person", $"Personen {personHsaId} finns inte i personalkatalogen.");
        }
        var assignment = person.Uppdrag.FirstOrDefault(a => a.EnhetHsaId == unitHsaId.Trim());
        if (assignment is null)
        {
            return TokenOutcome.Refused(403, "Uppdrag saknas", $"{person.Namn} har inget medarbetaruppdrag vid enheten {unitHsaId}.");
        }
        if (assignment.System != system)
        {
            return TokenOutcome.Refused(403, "Uppdraget gäller inte här",
                $"{assignment.EnhetNamn} arbetar i {assignment.System}, inte i {system}; uppdraget ger ingen behörighet i {system}.");
        }
        var grant = StaffGrant.Of(person, assignment);
        return new TokenOutcome(tokens.Issue(grant), grant, 200, string.Empty, string.Empty);
    }
}
