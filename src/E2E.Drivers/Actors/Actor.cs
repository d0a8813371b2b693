using E2E.Drivers.Directory;
using E2E.Organisation;

namespace E2E.Drivers.Actors;

/// <summary>A person with a role at a unit, from the shared staff catalogue: "sjuksköterskan på avdelning 32 på NÄL".</summary>
public sealed record Actor(StaffMember Person, string Role, KnownUnit Unit)
{
    /// <summary>As a tester says it; also names the person's browser context, trace and screenshots.</summary>
    public string Description => $"{Definite(Role)} på {Unit.BusinessName}";

    public override string ToString() => $"{Description} ({Person.Name})";

    // Swedish definite form of the role names in StaffRoles: they all end in a vowel ("sjuksköterska" → "sjuksköterskan").
    private static string Definite(string role) => role.ToLowerInvariant() + "n";
}
