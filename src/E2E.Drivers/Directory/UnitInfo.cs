using E2E.Organisation;
namespace E2E.Drivers.Directory;

/// <summary>A unit as the directory (Millenniumenheter) describes it.</summary>
public sealed record UnitInfo(
    string HsaId, string Namn, string Typ, string Kommun, string System, DateOnly? DriftsattFran, string? Inkorg)
{
    public CareSystem CareSystem => CareSystemNames.Parse(System);

    /// <summary>The inbox the directory names for a unit working in <paramref name="system"/>: "&lt;system&gt;:&lt;HSA-id&gt;".</summary>
    public static string InboxOf(CareSystem system, string hsaId) => $"{system.Display()}:{hsaId}";
}
