namespace E2E.Tenants.Integration.Contracts;

/// <summary>A unit as the directory (Millenniumenheter) answers, with its system for the asked date.</summary>
public sealed record UnitDto(
    string HsaId, string Namn, string Typ, string Kommun, string System, DateOnly? DriftsattFran, string Inkorg);

/// <summary>A unit as the test-only API upserts it.</summary>
public sealed record UnitUpsert(string HsaId, string Namn, string Typ, string Kommun, DateOnly? DriftsattFran);

/// <summary>A demo user (simulated e-ID identity) with its staff assignment.</summary>
public sealed record DemoUserDto(int Id, string Namn, string Roll, string EnhetHsaId, string EnhetNamn, string System, string PersonHsaId)
{
    /// <summary>How the login pages list the user: "Name – Role, Unit".</summary>
    public string Label => $"{Namn} – {Roll}, {EnhetNamn}";
}
