namespace E2E.Organisation.Data;

/// <summary>A hospital of the region: a two-digit code (part of its wards' HSA-ids), names and ward numbers.</summary>
internal sealed record Hospital(int Code, string ShortName, string Municipality, int[] Wards, params string[] Aliases);

/// <summary>The region's hospitals and their wards ("avdelning 32 på NÄL"). Ward numbers are illustrative.</summary>
internal static class HospitalTable
{
    public static readonly IReadOnlyList<Hospital> Rows =
    [
        new(1, "NÄL", "Trollhättan", [30, 31, 32, 33, 34, 35, 36], "Norra Älvsborgs länssjukhus"),
        new(2, "Sahlgrenska", "Göteborg", [50, 51, 52, 53, 54, 55, 56], "Sahlgrenska universitetssjukhuset", "Sahlgrenska sjukhuset"),
        new(3, "Östra sjukhuset", "Göteborg", [20, 21, 22, 23, 24, 25], "Östra"),
        new(4, "Mölndals sjukhus", "Mölndal", [10, 11, 12, 13, 14], "Mölndal sjukhus"),
        new(5, "SÄS Borås", "Borås", [40, 41, 42, 43, 44, 45], "SÄS", "Södra Älvsborgs sjukhus", "Borås lasarett"),
        new(6, "Skaraborgs sjukhus Skövde", "Skövde", [60, 61, 62, 63, 64, 65], "SkaS Skövde", "SkaS", "Skaraborgs sjukhus"),
        new(7, "Alingsås lasarett", "Alingsås", [1, 2, 3, 4, 5]),
        new(8, "Kungälvs sjukhus", "Kungälv", [1, 2, 3, 4, 5], "Kungälvs lasarett"),
        new(9, "Uddevalla sjukhus", "Uddevalla", [20, 21, 22, 23, 24, 25]),
        new(10, "Frölunda specialistsjukhus", "Göteborg", [1, 2, 3], "Frölunda"),
        new(11, "Skaraborgs sjukhus Lidköping", "Lidköping", [7, 8, 9], "SkaS Lidköping", "Lidköpings sjukhus"),
        new(12, "Skaraborgs sjukhus Falköping", "Falköping", [1, 2, 3], "SkaS Falköping", "Falköpings lasarett"),
        new(13, "Angereds närsjukhus", "Göteborg", [1, 2], "Angered"),
        new(14, "Dalslands sjukhus", "Bengtsfors", [1, 2], "Bäckefors"),
    ];
}
