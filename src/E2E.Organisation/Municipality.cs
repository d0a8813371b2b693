namespace E2E.Organisation;

/// <summary>
/// One of the 49 municipalities of Västra Götaland. <see cref="OfficialName"/> is the genitive form the
/// municipality uses ("Lerums kommun", "Borås Stad"); <see cref="Forms"/> are all accepted ways to name it.
/// </summary>
public sealed record Municipality(
    string Name, string OfficialName, string OrganisationNumber, string Town, int PostcodeFrom, int PostcodeTo)
{
    /// <summary>"Lerums", "Borås", "Göteborgs": the official name without "kommun"/"Stad".</summary>
    public string Genitive => OfficialName[..OfficialName.LastIndexOf(' ')];

    /// <summary>"Lerum", "Lerums kommun", "Lerums stad", "Lerum kommun"; for Borås also "Borås Stad".</summary>
    public IReadOnlyList<string> Forms =>
        [.. new[] { Name, OfficialName, $"{Genitive} kommun", $"{Genitive} stad", $"{Name} kommun" }
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    public string HomeCareName => $"Hemsjukvården {OfficialName}";
    public string NeedsAssessmentName => $"Biståndshandläggarna {OfficialName}";

    public override string ToString() => OfficialName;
}
