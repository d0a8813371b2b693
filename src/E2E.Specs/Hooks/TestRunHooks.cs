using E2E.Core.Settings;
using E2E.Core.Time;
using E2E.Specs.Support;
using Reqnroll;

namespace E2E.Specs.Hooks;

/// <summary>Once per run: read the environment, refuse hosts off the allow-list, start embedded tenants if asked.</summary>
[Binding]
public sealed class TestRunHooks
{
    [BeforeTestRun]
    public static async Task StartRunAsync()
    {
        var settings = SuiteSettings.Load();
        RefuseFixedNowAtRealTenants(settings.Environment);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var reached = settings.Environment.EmbeddedTenants
            ? await EmbeddedTenants.StartAsync()
            : TenantEndpoints.FromEnvironment(settings.Environment);
        // Only what the file declares, even of embedded tenants: the suite calls _sim for nothing else.
        var endpoints = reached with { Capabilities = settings.Environment.Capabilities };
        TestRun.Start(settings, endpoints, () => SuiteNow.Value + started.Elapsed); // the run's "now" plus the time since
        Console.WriteLine(
            $"Miljö: {settings.Environment.Name} ({settings.Environment.SourceFile}); " +
            $"regeluppsättningar: systemval={settings.Environment.RuleSets.Systemval}, " +
            $"betalning={settings.Environment.RuleSets.Betalning}; förmågor: {settings.Environment.Capabilities.Shown}; SAMSA {endpoints.Samsa}, Samvy {endpoints.Samvy}" +
            (settings.Environment.EmbeddedTenants ? $"; tenanternas klocka {SwedishTime.Iso(SuiteNow.Value)}." : "."));
    }

    // Tenants without a test clock (as the file declares) run on real time, and the suite then reads the real time:
    // a scenario that counted from another "now" would expect the wrong days.
    private static void RefuseFixedNowAtRealTenants(EnvironmentSettings environment)
    {
        if (environment.Capabilities.Has(E2E.Core.Tags.CapabilityTags.Clock) || !SuiteNow.IsSet) return;
        throw new InvalidOperationException(
            $"{SuiteNow.Variable} är satt, men miljön {environment.Name} ({environment.SourceFile}) har ingen testklocka " +
            $"(\"testklocka\" står inte under \"{EnvironmentCapabilities.Field}\"): där gäller verklig tid. Ta bort " +
            SuiteNow.Variable + " eller kör mot miljön local.");
    }

    [AfterTestRun]
    public static async Task EndRunAsync()
    {
        await TestRun.StopAsync();
        await EmbeddedTenants.StopAsync();
    }
}
