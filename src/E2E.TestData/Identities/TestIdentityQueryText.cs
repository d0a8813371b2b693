namespace E2E.TestData.Identities;

/// <summary>A query in the testers' words, for error messages: "kvinna med personnummer, född 1938, minst 81 år".</summary>
internal static class TestIdentityQueryText
{
    public static string Describe(TestIdentityQuery q)
    {
        var who = q.Sex switch { Sex.Kvinna => "kvinna", Sex.Man => "man", _ => "person" };
        var kind = q.Kind switch
        {
            IdentityKind.Personnummer => " med personnummer",
            IdentityKind.Samordningsnummer => " med samordningsnummer",
            _ => "",
        };
        var parts = new List<string> { who + kind };
        if (q.BirthYear is { } year) parts.Add($"född {year}");
        if (q.MinAge is { } min && q.MaxAge is { } max) parts.Add($"{min}–{max} år");
        else if (q.MinAge is { } atLeast and > 0) parts.Add($"minst {atLeast} år");
        else if (q.MaxAge is { } atMost) parts.Add($"högst {atMost} år");
        if (q.MinAge > 0 || q.MaxAge is not null) parts.Add($"räknat {q.At:yyyy-MM-dd}");
        return string.Join(", ", parts);
    }
}
