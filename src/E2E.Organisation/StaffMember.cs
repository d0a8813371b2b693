namespace E2E.Organisation;

/// <summary>A member of staff: a person HSA-id, a Swedish name and one or more assignments (medarbetaruppdrag).</summary>
public sealed record StaffMember(string HsaId, string GivenName, string Surname, IReadOnlyList<StaffAssignment> Assignments)
{
    public string Name => $"{GivenName} {Surname}";

    /// <summary>The role at the first unit: the one a login shows first.</summary>
    public string Role => Assignments[0].Role;

    public bool IsAssignedTo(string unitHsaId) => Assignments.Any(a => a.UnitHsaId == unitHsaId);

    public override string ToString() => $"{Name} ({HsaId})";
}

/// <summary>What a person may do at one unit: read its inbox, write for it.</summary>
public sealed record StaffAssignment(string UnitHsaId, string Role);
