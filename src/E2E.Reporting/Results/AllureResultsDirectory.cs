namespace E2E.Reporting.Results;

/// <summary>Where result files go: <c>E2E_ALLURE_RESULTS</c> if set, else <c>allure-results</c> beside the test assembly.</summary>
public static class AllureResultsDirectory
{
    public const string EnvironmentVariable = "E2E_ALLURE_RESULTS";

    public static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, "allure-results")
            : Path.GetFullPath(configured);
    }
}
