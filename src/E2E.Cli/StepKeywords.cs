namespace E2E.Cli;

/// <summary>
/// The Gherkin kind of a step as it appears in an Allure result. Steps are named "&lt;keyword&gt; &lt;text&gt;" as written
/// (StepPresentation), so "Och"/"Men"/"*" take the kind of the step before them.
/// </summary>
internal static class StepKeywords
{
    private static readonly HashSet<string> Then = ["Så", "Then"];
    private static readonly HashSet<string> NotThen = ["Givet", "När", "Given", "When"];
    private static readonly HashSet<string> Continuation = ["Och", "Men", "*", "And", "But"];

    public static bool IsThen(IReadOnlyList<string> stepNames, int index)
    {
        // A hook failure shown as a step ("Hook misslyckades: …") is no business check.
        if (!IsGherkin(Keyword(stepNames[index]))) return false;
        for (var i = index; i >= 0; i--)
        {
            var keyword = Keyword(stepNames[i]);
            if (Then.Contains(keyword)) return true;
            if (NotThen.Contains(keyword)) return false;
        }
        return false;
    }

    private static bool IsGherkin(string keyword) => Then.Contains(keyword) || NotThen.Contains(keyword) || Continuation.Contains(keyword);

    private static string Keyword(string stepName)
    {
        var name = stepName.TrimStart();
        // "Bakgrund: Givet att …": the keyword follows the mark of a background step.
        if (name.StartsWith(E2E.Reporting.Results.ScenarioRecording.BackgroundPrefix, StringComparison.Ordinal))
            name = name[E2E.Reporting.Results.ScenarioRecording.BackgroundPrefix.Length..];
        var space = name.IndexOf(' ');
        return space < 0 ? name : name[..space];
    }
}
