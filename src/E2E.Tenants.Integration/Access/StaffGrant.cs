using System.Security.Claims;
using E2E.Tenants.Integration.Contracts;

namespace E2E.Tenants.Integration.Access;

/// <summary>
/// Who acts, and for which unit: a person with the one assignment chosen at login or named in a token request.
/// The login cookie and a bearer token both carry exactly this.
/// </summary>
public sealed record StaffGrant(string PersonHsaId, string Name, string Role, string UnitHsaId, string UnitName)
{
    public const string PersonHsaIdClaim = "person_hsaid";
    public const string UnitHsaIdClaim = "enhet_hsaid";
    public const string UnitNameClaim = "enhet_namn";

    public static StaffGrant Of(PersonAssignmentsDto person, AssignmentDto assignment) =>
        new(person.HsaId, person.Namn, assignment.Roll, assignment.EnhetHsaId, assignment.EnhetNamn);

    public ClaimsPrincipal ToPrincipal(string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, PersonHsaId),
            new Claim(PersonHsaIdClaim, PersonHsaId),
            new Claim(ClaimTypes.Name, Name),
            new Claim(ClaimTypes.Role, Role),
            new Claim(UnitHsaIdClaim, UnitHsaId),
            new Claim(UnitNameClaim, UnitName),
        ],
        scheme));
}
