using E2E.Core.Settings;
using E2E.Runner.ReqnrollIntegration;

namespace E2E.Specs.Running;

/// <summary>
/// How many times a failed scenario is tried again: "retries" in playwright.config.json, or E2E_OMFORSOK (run --omforsok).
/// Read from the settings file, not from a started TestRun: the dry run never starts one, and never retries (a step that
/// does not bind will not bind on a second try).
/// </summary>
internal static class ScenarioRetries
{
    private static readonly Lazy<int> Read = new(() => StepBindingCheck.Enabled ? 0 : PlaywrightSettingsLoader.Load().Retries);

    public static int Count => Read.Value;
}
