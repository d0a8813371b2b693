namespace E2E.Organisation;

/// <summary>The unit types, spelled as the directory (Millenniumenheter) stores them.</summary>
public static class UnitKinds
{
    public const string Ward = "avdelning";
    public const string HomeCare = "hemsjukvard";
    public const string NeedsAssessment = "bistandshandlaggare";
    public const string PrimaryCare = "vardcentral";

    public static readonly IReadOnlyList<string> All = [Ward, HomeCare, NeedsAssessment, PrimaryCare];
}
