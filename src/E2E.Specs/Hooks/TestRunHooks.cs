using E2E.Core.Settings;
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
        var endpoints = settings.Environment.EmbeddedTenants
            ? await EmbeddedTenants.StartAsync()
            : TenantEndpoints.FromEnvironment(settings.Environment);
        TestRun.Start(settings, endpoints);
        Console.WriteLine(
            $"Miljö: {settings.Environment.Name} ({settings.Environment.SourceFile}); " +
            $"regeluppsättningar: systemval={settings.Environment.RuleSets.Systemval}, " +
            $"betalning={settings.Environment.RuleSets.Betalning}; SAMSA {endpoints.Samsa}, Samvy {endpoints.Samvy}.");
    }

    [AfterTestRun]
    public static async Task EndRunAsync()
    {
        await TestRun.StopAsync();
        await EmbeddedTenants.StopAsync();
    }
}
