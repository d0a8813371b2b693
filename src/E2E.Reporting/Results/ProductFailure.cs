namespace E2E.Reporting.Results;

/// <summary>Whether an exception is a failed check of the system under test (Allure "failed"), not a broken test.</summary>
public static class ProductFailure
{
    public static bool Is(Exception exception) => StatusMapping.FromException(exception) == Model.AllureStatus.Failed;
}
