namespace E2E.Reporting.Model;

/// <summary>What a test result and a step share in the Allure result format.</summary>
internal abstract class AllureExecutable
{
    public string Name { get; set; } = "";
    public string Status { get; set; } = AllureStatus.Passed;
    public AllureStatusDetails? StatusDetails { get; set; }
    public string Stage { get; set; } = AllureStage.Running;
    public long Start { get; set; }
    public long Stop { get; set; }
    public List<AllureStep> Steps { get; set; } = [];
    public List<AllureAttachment> Attachments { get; set; } = [];
    public List<AllureParameter> Parameters { get; set; } = [];
}

/// <summary>One Gherkin step (or a failed hook shown as a step).</summary>
internal sealed class AllureStep : AllureExecutable;
