using E2E.Reporting.Results;

namespace E2E.Reporting.RunFiles;

/// <summary>
/// Defect categories in Swedish. Regexes are written to work both in Allure 2 (Java, whole-message match)
/// and Allure 3 (JavaScript, search), hence [\s\S]* instead of flags, and the exclusions as lookaheads.
/// </summary>
public static class SwedishCategories
{
    public sealed record Category(string Name, string[] MatchedStatuses, string? MessageRegex, string? Description);

    // The drivers' own words for a tenant that did not answer; a product message that merely says "nås inte" stays a product failure.
    private const string NotReachable = EnvironmentFailure.Prefix;
    private const string NeitherUndefinedNorUnreachable = $"(?!{StatusMapping.UndefinedStepPrefix})(?![\\s\\S]*{NotReachable})[\\s\\S]*";

    public static readonly IReadOnlyList<Category> All =
    [
        new("Saknad stegdefinition", ["broken", "failed", "skipped"], $"{StatusMapping.UndefinedStepPrefix}[\\s\\S]*",
            "Ett steg i scenariot har ingen stegdefinition än."),
        new("Ej klar stegdefinition", ["skipped"], "Stegdefinitionen är inte klar[\\s\\S]*",
            "Stegdefinitionen finns men är markerad som ej klar (pending)."),
        new("Miljöfel", ["broken", "failed"], $"[\\s\\S]*{NotReachable}[\\s\\S]*",
            "En testmiljö (SAMSA, Samvy eller integrationen) svarade inte: scenariot kunde inte köras klart. Inget produktfel."),
        new("Produktfel", ["failed"], NeitherUndefinedNorUnreachable,
            "Systemet betedde sig inte som scenariot kräver."),
        new("Testfel", ["broken"], NeitherUndefinedNorUnreachable,
            "Testet självt eller dess stöd gick fel (undantag, inte en kontroll som föll)."),
    ];
}
