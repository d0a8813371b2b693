using E2E.Reporting.Model;

namespace E2E.Reporting.Results;

/// <summary>Collects labels: no duplicates, and a single-valued label keeps only its latest value.</summary>
internal static class LabelSet
{
    public static void Add(List<AllureLabel> labels, AllureLabel label)
    {
        if (ReportLabels.SingleValued.Contains(label.Name))
            labels.RemoveAll(existing => existing.Name == label.Name);
        if (!labels.Contains(label))
            labels.Add(label);
    }

    public static void AddIfMissing(List<AllureLabel> labels, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && labels.TrueForAll(label => label.Name != name))
            labels.Add(new AllureLabel(name, value));
    }
}
