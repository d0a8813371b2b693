using E2E.Reporting.Results;
using E2E.Reporting.RunFiles;
using E2E.Specs.Support;
using E2E.TestData;
using Reqnroll;

namespace E2E.Specs.Hooks;

/// <summary>
/// The report's "Miljö" panel: which environment, tenants, rule sets and data seed this run used, so a process
/// owner knows what a green result means and a tester can replay the data (E2E_SEED).
/// </summary>
[Binding]
public sealed class ReportEnvironmentHooks
{
    [BeforeTestRun(Order = 20_000)] // after TestRunHooks has started the run
    public static void DescribeRun()
    {
        var run = TestRun.Current;
        var environment = run.Settings.Environment;
        AllureRunFiles.WriteEnvironment(AllureResultsDirectory.Resolve(), new Dictionary<string, string>
        {
            ["Miljö"] = environment.Name,
            ["Miljöfil"] = Path.GetFileName(environment.SourceFile),
            ["Simulerade tenants"] = environment.EmbeddedTenants ? "ja" : "nej",
            ["Förmågor"] = environment.Capabilities.Shown,
            ["SAMSA"] = run.Endpoints.Samsa.ToString(),
            ["Samvy"] = run.Endpoints.Samvy.ToString(),
            ["Regeluppsättning systemval"] = environment.RuleSets.Systemval,
            ["Regeluppsättning betalning"] = environment.RuleSets.Betalning,
            ["Tenanternas klocka vid start (E2E_NOW)"] = environment.EmbeddedTenants
                ? E2E.Core.Time.SwedishTime.Iso(E2E.Core.Time.SuiteNow.Value) : "verklig tid",
            ["Körningens frö (E2E_SEED)"] = TestDataSeed.Run.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Webbläsare"] = run.Settings.Playwright.Browser,
            ["Webbläsarserver"] = run.Settings.Playwright.RemoteEndpoint ?? "ingen (startas på datorn)",
        });
    }
}
