using E2E.Reporting.Reqnroll;
using Reqnroll;

namespace E2E.Reporting;

/// <summary>What step code and hooks may add to the running scenario's Allure result.</summary>
/// <remarks>Calls are ignored when Allure reporting is not registered, so steps never fail because of reporting.</remarks>
public static class ScenarioReport
{
    /// <summary>Attaches evidence (screenshot, trace, payload) to the step that is running, else to the scenario.</summary>
    public static void Attach(ScenarioContext scenario, string name, string mimeType, byte[] content, string fileExtension)
        => Attach((IScenarioContext)scenario, name, mimeType, content, fileExtension);

    /// <summary>Adds a label known only at run time, e.g. ("riktning", "Samvy→SAMSA").</summary>
    public static void AddLabel(ScenarioContext scenario, string name, string value)
        => AddLabel((IScenarioContext)scenario, name, value);

    /// <summary>
    /// Adds a parameter shown on the result. One that differs from run to run (the seed, a request with today's
    /// date) is excluded from the history id, so the scenario's history is not cut at every run.
    /// </summary>
    public static void AddParameter(ScenarioContext scenario, string name, string value, bool excludedFromHistory = false)
        => AddParameter((IScenarioContext)scenario, name, value, excludedFromHistory);

    // The interface overloads exist because ScenarioContext cannot be constructed outside Reqnroll (tests use them).
    internal static void Attach(IScenarioContext scenario, string name, string mimeType, byte[] content, string fileExtension)
    {
        ArgumentNullException.ThrowIfNull(content);
        RecordingStore.Find(scenario)?.Attach(name, mimeType, content, fileExtension);
    }

    internal static void AddLabel(IScenarioContext scenario, string name, string value)
        => RecordingStore.Find(scenario)?.AddLabel(name, value);

    internal static void AddParameter(IScenarioContext scenario, string name, string value, bool excludedFromHistory = false)
        => RecordingStore.Find(scenario)?.AddParameter(name, value, excludedFromHistory);
}
