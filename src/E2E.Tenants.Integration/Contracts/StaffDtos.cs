namespace E2E.Tenants.Integration.Contracts;

/// <summary>A person in the staff directory (the simulated HSA catalogue), as an e-ID login identifies them.</summary>
public sealed record PersonDto(string HsaId, string Namn)
{
    /// <summary>How the login pages list the identity: "Anna Andersson (HSA-id SE…-P0000000001)".</summary>
    public string Label => $"{Namn} (HSA-id {HsaId})";
}

/// <summary>A person with their staff assignments (medarbetaruppdrag), each with its unit's system for today.</summary>
public sealed record PersonAssignmentsDto(string HsaId, string Namn, IReadOnlyList<AssignmentDto> Uppdrag);

/// <summary>One staff assignment: role at a unit, and the system that unit works in today.</summary>
public sealed record AssignmentDto(string EnhetHsaId, string EnhetNamn, string Roll, string System)
{
    /// <summary>How the login pages list the assignment: "Sjuksköterska, Avdelning 32, NÄL".</summary>
    public string Label => $"{Roll}, {EnhetNamn}";
}
