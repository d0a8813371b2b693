using Reqnroll.Plugins;

namespace E2E.Reporting;

/// <summary>Hooks the Allure result writer into Reqnroll's execution events.</summary>
public static class AllureReqnroll
{
    /// <summary>Call from the suite's runtime plugin.</summary>
    public static void Register(RuntimePluginEvents events) => throw new NotImplementedException();
}
