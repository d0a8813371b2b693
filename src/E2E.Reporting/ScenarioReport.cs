using Reqnroll;

namespace E2E.Reporting;

/// <summary>What step code and hooks may add to the running scenario's Allure result.</summary>
public static class ScenarioReport
{
    /// <summary>Attaches evidence (screenshot, trace, payload) to the step that is running, else to the scenario.</summary>
    public static void Attach(ScenarioContext scenario, string name, string mimeType, byte[] content, string fileExtension)
        => throw new NotImplementedException();

    /// <summary>Adds a label known only at run time, e.g. ("riktning", "Samvy→SAMSA").</summary>
    public static void AddLabel(ScenarioContext scenario, string name, string value)
        => throw new NotImplementedException();

    /// <summary>Adds a parameter shown on the result, e.g. ("seed", "12345").</summary>
    public static void AddParameter(ScenarioContext scenario, string name, string value)
        => throw new NotImplementedException();
}
