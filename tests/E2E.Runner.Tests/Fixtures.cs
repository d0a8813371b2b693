using E2E.Runner.Discovery;

namespace E2E.Runner.Tests;

internal static class Fixtures
{
    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static IReadOnlyList<ScenarioCase> Cases(string folder) => ScenarioCatalog.Discover(Folder(folder));

    public static ScenarioCase Case(string folder, string scenarioNamePart) =>
        Cases(folder).Single(c => c.DisplayName.Contains(scenarioNamePart, StringComparison.Ordinal));
}
