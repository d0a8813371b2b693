using Reqnroll.Bindings;

namespace E2E.Reporting.Reqnroll;

/// <summary>Swedish names for hooks, as a failed hook is shown to testers in the report.</summary>
internal static class HookNames
{
    public static string Describe(HookType type, string? method) => method is null
        ? $"Hook misslyckades: {Swedish(type)}"
        : $"Hook misslyckades: {Swedish(type)} ({method})";

    private static string Swedish(HookType type) => type switch
    {
        HookType.BeforeTestRun => "före testkörningen",
        HookType.AfterTestRun => "efter testkörningen",
        HookType.BeforeFeature => "före egenskapen",
        HookType.AfterFeature => "efter egenskapen",
        HookType.BeforeScenario => "före scenariot",
        HookType.AfterScenario => "efter scenariot",
        HookType.BeforeScenarioBlock => "före stegblocket",
        HookType.AfterScenarioBlock => "efter stegblocket",
        HookType.BeforeStep => "före steget",
        HookType.AfterStep => "efter steget",
        _ => type.ToString(),
    };
}
