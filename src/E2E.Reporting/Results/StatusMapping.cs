using E2E.Reporting.Model;

namespace E2E.Reporting.Results;

/// <summary>
/// Decides failed (the system under test did not behave) versus broken (the test itself or its
/// environment went wrong) versus skipped. Only assertion failures count as product failures, and not when a tenant
/// did not answer (<see cref="EnvironmentFailure"/>).
/// </summary>
internal static class StatusMapping
{
    /// <summary>The message every undefined step carries; categories.json matches on its start.</summary>
    public const string UndefinedStepPrefix = "Steget saknar stegdefinition";

    public static string FromException(Exception exception) => exception switch
    {
        _ when IsSkip(exception) => AllureStatus.Skipped,
        // Checked before assertions: a check that failed because a tenant did not answer proves nothing about the product.
        _ when EnvironmentFailure.Find(exception) is not null => AllureStatus.Broken,
        _ when IsAssertion(exception) => AllureStatus.Failed,
        _ => AllureStatus.Broken,
    };

    /// <summary>An environment failure wrapped in another exception is told by its own words, which name the system.</summary>
    public static AllureStatusDetails Details(Exception exception)
        => new((EnvironmentFailure.Find(exception) ?? exception).Message, exception.ToString());

    public static AllureStatusDetails UndefinedStep(string stepName)
        => new($"{UndefinedStepPrefix}: {stepName}", null);

    public static AllureStatusDetails PendingStep(string stepName)
        => new($"Stegdefinitionen är inte klar (pending): {stepName}", null);

    private static bool IsSkip(Exception exception) => TypeNameOf(exception) is "IgnoreException" or "InconclusiveException";

    // Matched by name so that NUnit, FluentAssertions and xUnit assertions count without referencing them.
    private static bool IsAssertion(Exception exception)
    {
        var name = TypeNameOf(exception);
        return name.Contains("Assert", StringComparison.Ordinal) || name == "XunitException" || IsPlaywrightExpectation(exception);
    }

    // Playwright's web-first assertions (Expect(...)) throw a plain PlaywrightException; their message says what was expected.
    private static bool IsPlaywrightExpectation(Exception exception)
        => exception.GetType().FullName == "Microsoft.Playwright.PlaywrightException"
           && (exception.Message.StartsWith("Locator expected", StringComparison.Ordinal)
               || exception.Message.StartsWith("Page expected", StringComparison.Ordinal));

    private static string TypeNameOf(Exception exception) => exception.GetType().Name;
}
