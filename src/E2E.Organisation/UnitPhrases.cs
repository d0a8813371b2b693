using E2E.Organisation.Data;

namespace E2E.Organisation;

/// <summary>The ways a tester may write each kind of unit; the first phrase of each list is the business name.</summary>
internal static class UnitPhrases
{
    public static IReadOnlyList<string> Ward(Hospital hospital, int ward)
    {
        string[] names = [hospital.ShortName, .. hospital.Aliases];
        return [.. names.Select(n => $"avdelning {ward} på {n}"),
            .. names.Select(n => $"avd {ward} på {n}"),
            .. names.Select(n => $"avdelning {ward}, {n}")];
    }

    public static IReadOnlyList<string> HomeCare(Municipality m) =>
        [$"hemsjukvården i {m.OfficialName}", .. m.Forms.Select(f => $"hemsjukvården i {f}"),
            .. m.Forms.Select(f => $"hemsjukvården {f}"), m.HomeCareName];

    public static IReadOnlyList<string> NeedsAssessment(Municipality m) =>
        [$"biståndshandläggarna i {m.OfficialName}",
            .. new[] { "biståndshandläggarna", "biståndshandläggaren", "biståndshandläggningen" }
                .SelectMany(word => m.Forms.Select(f => $"{word} i {f}")),
            m.NeedsAssessmentName];

    public static IReadOnlyList<string> PrimaryCare(PrimaryCareCentre centre) =>
        [$"vårdcentralen {centre.Name}", $"{centre.Name} vårdcentral", $"vårdcentral {centre.Name}"];
}
