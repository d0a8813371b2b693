namespace E2E.Organisation;

/// <summary>The professions a unit of each kind is staffed with; the first is the unit's demo user.</summary>
public static class StaffRoles
{
    public const string Nurse = "Sjuksköterska";
    public const string Doctor = "Läkare";
    public const string AssistantNurse = "Undersköterska";
    public const string DistrictNurse = "Distriktssköterska";
    public const string NeedsAssessor = "Biståndshandläggare";
    public const string DischargeCoordinator = "Vårdsamordnare";
    public const string MunicipalCoordinator = "Samordnare";

    /// <summary>SAMSA's system administrator at <see cref="SamsaAdministration"/>; no care unit has one.</summary>
    public const string SystemAdministrator = "Systemförvaltare";

    public static IReadOnlyList<string> For(string unitKind) => unitKind switch
    {
        UnitKinds.Ward => [Nurse, Doctor, AssistantNurse],
        UnitKinds.HomeCare => [Nurse, AssistantNurse],
        UnitKinds.NeedsAssessment => [NeedsAssessor, NeedsAssessor],
        UnitKinds.PrimaryCare => [Nurse, DistrictNurse, Doctor],
        _ => throw new ArgumentException($"Okänd enhetstyp '{unitKind}'. Kända: {string.Join(", ", UnitKinds.All)}."),
    };
}
