namespace E2E.Reporting.Model;

/// <summary>The content of one <c>{uuid}-result.json</c> file: one scenario (or one Examples row).</summary>
internal sealed class AllureTestResult : AllureExecutable
{
    public string Uuid { get; set; } = "";
    public string HistoryId { get; set; } = "";
    public string TestCaseId { get; set; } = "";
    public string FullName { get; set; } = "";
    public string? Description { get; set; }
    public List<string> TitlePath { get; set; } = [];
    public List<AllureLabel> Labels { get; set; } = [];
    public List<AllureLink> Links { get; set; } = [];
}
