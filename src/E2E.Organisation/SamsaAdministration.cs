namespace E2E.Organisation;

/// <summary>
/// SAMSA's administration (förvaltningen): not a care unit, so not in the unit catalogue or any recipient picker,
/// but a place in the HSA catalogue where SAMSA's system administrator holds an assignment. That assignment is in
/// SAMSA whatever the care units' go-live dates, so the decommissioning (P13) can be run after every unit has left.
/// </summary>
public static class SamsaAdministration
{
    public const string HsaId = "SE" + OrganisationNumber.Region + "-F000000000001";
    public const string Name = "SAMSA-förvaltningen";

    /// <summary>The one system administrator; a fixed person so that logins and scenarios mean the same one.</summary>
    public static readonly StaffMember Administrator = new(
        "SE" + OrganisationNumber.Region + "-P9000000001", "Ingrid", "Holmberg",
        [new StaffAssignment(HsaId, StaffRoles.SystemAdministrator)]);

    public static bool IsAdministration(string unitHsaId) => unitHsaId == HsaId;
}
