namespace E2E.Organisation.Data;

/// <summary>
/// Ids, names and live-from dates that the P04 scenarios and the tenant contract rely on. They predate the
/// catalogue and must not change: two wards and the home care of Lerum and Alingsås (which carry region ids).
/// </summary>
internal static class KeptUnits
{
    public const string NalWard32 = "SE2321000131-E000000000321";
    public const string SahlgrenskaWard51 = "SE2321000131-E000000000511";
    public const string LerumHomeCare = "SE2321000131-E000000001001";
    public const string AlingsasHomeCare = "SE2321000131-E000000001002";

    /// <summary>Kept HSA-ids of wards, by hospital short name and ward number.</summary>
    public static string? WardId(string hospital, int ward) => (hospital, ward) switch
    {
        ("NÄL", 32) => NalWard32,
        ("Sahlgrenska", 51) => SahlgrenskaWard51,
        _ => null,
    };

    /// <summary>Kept HSA-ids of home care, by municipality name.</summary>
    public static string? HomeCareId(string municipality) => municipality switch
    {
        "Lerum" => LerumHomeCare,
        "Alingsås" => AlingsasHomeCare,
        _ => null,
    };

    /// <summary>Units already live in Samvy (the first go-live in the south).</summary>
    public static DateOnly? LiveFrom(string hsaId) =>
        hsaId is NalWard32 or AlingsasHomeCare ? CareSystemNames.FirstSamvyGoLive : null;
}
