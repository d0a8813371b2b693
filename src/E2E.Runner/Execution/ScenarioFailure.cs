using E2E.Runner.Discovery;
using E2E.Runner.ReqnrollIntegration;
using Reqnroll;

namespace E2E.Runner.Execution;

/// <summary>Swedish failure text for testers: what went wrong, in which step, at which file and line.</summary>
public static class ScenarioFailure
{
    /// <param name="nearest">For a step without definition: "Menade du …?" with the closest steps that exist.</param>
    public static ScenarioFailedException Describe(Exception error, ScenarioCase scenario, ScenarioStep? failedStep, string nearest = "")
    {
        var where = failedStep is null
            ? $"Scenario: {scenario.FeatureFile}:{scenario.Line}"
            : $"Steg: {failedStep.DisplayText}\nPlats: {scenario.FeatureFile}:{failedStep.Line}";
        var text = error switch
        {
            StepNotRunnableException when failedStep is not null =>
                $"Steget saknar stegdefinition: \"{failedStep.DisplayText}\" ({scenario.FeatureFile}:{failedStep.Line}).\n" +
                (nearest.Length == 0 ? "" : $"{nearest}\n") +
                $"Finns steget inte: en utvecklare lägger till en stegdefinition, till exempel:\n\n{StepSnippets.From(error.Message)}",
            StepNotRunnableException =>
                $"Steget saknar stegdefinition eller är inte klart ({scenario.FeatureFile}:{scenario.Line}).\n{error.Message}",
            AmbiguousBindingException =>
                $"Steget matchar flera stegdefinitioner: \"{failedStep?.DisplayText}\" " +
                $"({scenario.FeatureFile}:{failedStep?.Line ?? scenario.Line}).\n{error.Message}",
            _ when failedStep is null => $"{Headline(error)}\n\nFel utanför stegen (i en hook).\n{where}",
            _ => $"{Headline(error)}\n\n{where}",
        };
        // The snippet is already in the text; the inner exception would only repeat it in English.
        return error is StepNotRunnableException ? new ScenarioFailedException(text) : new ScenarioFailedException(text, error);
    }

    /// <summary>
    /// A tenant that did not answer (the drivers' TenantUnreachableException, "MILJÖFEL: …") is told first even when a
    /// step wrapped it: the report files it as an environment failure by those words.
    /// </summary>
    private static string Headline(Exception error)
    {
        for (var e = error.InnerException; e is not null; e = e.InnerException)
            if (e.GetType().Name == "TenantUnreachableException") return $"{e.Message}\n{error.Message}";
        return error.Message;
    }
}

/// <summary>
/// The failure NUnit reports for a scenario (an assertion failure, so NUnit shows just the Swedish text);
/// the original error is kept as inner exception.
/// </summary>
public sealed class ScenarioFailedException : NUnit.Framework.AssertionException
{
    public ScenarioFailedException(string message) : base(message) { }

    public ScenarioFailedException(string message, Exception inner) : base(message, inner) { }

    public override string? StackTrace => InnerException?.StackTrace ?? base.StackTrace;
}
