using E2E.Organisation;
namespace E2E.Drivers.Directory;

/// <summary>A unit as the directory (Millenniumenheter) describes it.</summary>
public sealed record UnitInfo(
    string HsaId, string Namn, string Typ, string Kommun, string System, DateOnly? DriftsattFran, string? Inkorg)
{
    public CareSystem CareSystem => CareSystemNames.Parse(System);
}
