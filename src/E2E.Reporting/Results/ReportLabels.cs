namespace E2E.Reporting.Results;

/// <summary>Label names the report and the process matrix rely on.</summary>
public static class ReportLabels
{
    public const string Process = "process";
    public const string Direction = "riktning";
    public const string Tag = "tag";
    public const string Severity = "severity";
    public const string Feature = "feature";
    public const string ParentSuite = "parentSuite";
    public const string Suite = "suite";
    public const string SubSuite = "subSuite";

    /// <summary>Labels a result has at most once; a later value (e.g. a scenario tag) replaces an earlier one (a feature tag).</summary>
    internal static readonly HashSet<string> SingleValued =
        new(StringComparer.Ordinal) { Severity, ParentSuite, Suite, SubSuite, "owner", "framework", "language", "host", "thread" };
}
