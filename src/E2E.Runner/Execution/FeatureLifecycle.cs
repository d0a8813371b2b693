using Reqnroll;

namespace E2E.Runner.Execution;

/// <summary>
/// Scenarios of many features share a worker's test runner; switch features the way generated code does, so
/// Before/AfterFeature hooks fire around each feature a worker runs.
/// </summary>
internal static class FeatureLifecycle
{
    public static async Task EnsureStartedAsync(ITestRunner runner, FeatureInfo feature)
    {
        if (runner.FeatureContext is { } current && !ReferenceEquals(current.FeatureInfo, feature))
            await runner.OnFeatureEndAsync();

        if (runner.FeatureContext is { BeforeFeatureHookFailed: true })
            throw new ReqnrollException(
                $"Scenariot kördes inte eftersom en BeforeFeature-hook misslyckades för egenskapen \"{feature.Title}\".");

        if (runner.FeatureContext is null)
            await runner.OnFeatureStartAsync(feature);
    }
}
