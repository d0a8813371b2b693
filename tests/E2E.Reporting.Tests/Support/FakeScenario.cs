using System.Collections.Specialized;
using System.Globalization;
using Reqnroll;
using Reqnroll.Bindings;
using Reqnroll.BoDi;

namespace E2E.Reporting.Tests.Support;

/// <summary>
/// Stand-ins for Reqnroll's contexts, so the real listener can be fed real event objects without a
/// Reqnroll run. Only the interfaces the listener reads are implemented.
/// </summary>
internal sealed class FakeFeatureContext(FeatureInfo info) : IFeatureContext
{
    public FeatureInfo FeatureInfo { get; } = info;
    public CultureInfo BindingCulture { get; } = new("sv-SE");
    public IObjectContainer FeatureContainer { get; } = new ObjectContainer();
    public Exception? BeforeFeatureHookError => null;
    public bool BeforeFeatureHookFailed => false;
    public Exception? TestError => null;
}

internal sealed class FakeScenarioContext(ScenarioInfo info, RuleInfo? rule = null) : IScenarioContext
{
    public ScenarioInfo ScenarioInfo { get; } = info;
    public RuleInfo? RuleInfo { get; } = rule;
    public ScenarioBlock CurrentScenarioBlock => ScenarioBlock.None;
    public IObjectContainer ScenarioContainer { get; } = new ObjectContainer();
    public ScenarioExecutionStatus ScenarioExecutionStatus { get; set; } = ScenarioExecutionStatus.OK;
    public Exception? TestError { get; set; }
}

internal sealed class FakeStepContext(StepInfo info) : IScenarioStepContext
{
    public StepInfo StepInfo { get; } = info;
    public ScenarioExecutionStatus Status { get; set; } = ScenarioExecutionStatus.OK;
    public Exception? StepError { get; set; }
    public Exception? TestError => StepError;

    public static FakeStepContext For(FeatureInfo feature, ScenarioInfo scenario, StepDefinitionType type, string keyword, string text,
        Table? table = null, string? docString = null)
    {
        var instance = new StepInstance(type, StepDefinitionKeyword.Given, keyword, text, docString, table, new StepContext(feature, scenario));
        return new FakeStepContext(new StepInfo(type, text, table, docString) { StepInstance = instance });
    }
}

internal static class GherkinInfo
{
    public static FeatureInfo Feature(string title, params string[] tags)
        => new(new CultureInfo("sv-SE"), "P04_Inskrivningsmeddelande", title, "För att kommunen ska kunna planera i tid.", tags);

    /// <summary>Like our Runner, passes the feature's tags as inherited tags.</summary>
    public static ScenarioInfo Scenario(string title, string[] tags, OrderedDictionary? arguments = null, string[]? featureTags = null)
        => new(title, "", tags, arguments ?? new OrderedDictionary(), featureTags);
}
