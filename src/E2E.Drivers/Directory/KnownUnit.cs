namespace E2E.Drivers.Directory;

/// <summary>A unit as testers name it in scenarios, and as the systems name and identify it.</summary>
public sealed record KnownUnit(string BusinessName, string HsaId, string DisplayName, string Type, string Municipality)
{
    public bool IsWard => Type == "avdelning";

    public override string ToString() => DisplayName;
}
