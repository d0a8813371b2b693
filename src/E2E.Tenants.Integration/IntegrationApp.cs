using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Data;
using E2E.Tenants.Integration.Directory;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Integration.Payment;
using E2E.Tenants.Integration.Routing;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Integration;

/// <summary>Composition of the integration: directory, routing and the test-only API.</summary>
public static class IntegrationApp
{
    public static async Task<WebApplication> StartAsync(
        SimulationState state, string databasePath, int port, CancellationToken ct, string? systemChoiceRuleSet = null)
    {
        var builder = TenantWebApplication.CreateBuilder(typeof(IntegrationApp).Assembly, port);
        builder.Services.AddSingleton(state);
        builder.Services.AddDirectory(SystemChoiceRuleSet.Load(systemChoiceRuleSet));
        builder.Services.AddSqliteDb<IntegrationDb>(databasePath);
        builder.Services.AddHttpClient(DeliveryWorker.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddHostedService<DeliveryWorker>();
        builder.Services.AddCombinedPayment();
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.MapDirectory();
        app.MapStaff();
        app.MapRouting();
        app.MapReserveRoutine();
        app.MapCombinedPayment();
        app.MapSimulation();
        app.MapRoutingIdentityAudit();

        await app.EnsureCreatedAsync<IntegrationDb>(ct);
        await SeedAsync(app, ct);
        await app.StartAsync(ct);
        return app;
    }

    private static async Task SeedAsync(WebApplication app, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await SeedData.ApplyAsync(scope.ServiceProvider.GetRequiredService<IntegrationDb>(), ct);
    }
}
