using E2E.Tenants.Integration;
using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa;
using E2E.Tenants.Samvy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace E2E.Tenants.Host;

/// <summary>
/// The simulated SAMSA, Samvy and the integration between them, each on its own Kestrel on 127.0.0.1.
/// The suite reaches them only over HTTP, as it would reach real test tenants.
/// </summary>
public sealed class SimulatedTenants : IAsyncDisposable
{
    private readonly List<WebApplication> apps;
    private readonly string? ownedDataDirectory;

    private SimulatedTenants(List<WebApplication> apps, string? ownedDataDirectory, IReadOnlyList<DemoUser> demoUsers, SimulationState sim)
    {
        this.apps = apps;
        this.ownedDataDirectory = ownedDataDirectory;
        DemoUsers = demoUsers;
        SamsaClient = new ApiClientCredentials(ApiClientSecrets.ClientId, sim.ApiClients.SecretFor(SystemNames.Samsa));
        SamvyClient = new ApiClientCredentials(ApiClientSecrets.ClientId, sim.ApiClients.SecretFor(SystemNames.Samvy));
        (IntegrationUrl, SamsaUrl, SamvyUrl) = (apps[0].BoundUri(), apps[1].BoundUri(), apps[2].BoundUri());
    }

    public Uri SamsaUrl { get; }
    public Uri SamvyUrl { get; }
    public Uri IntegrationUrl { get; }

    /// <summary>The API clients that may ask SAMSA (POST api/token) and Samvy (POST oauth/token) for bearer tokens.</summary>
    public ApiClientCredentials SamsaClient { get; }
    public ApiClientCredentials SamvyClient { get; }

    /// <summary>The demo users as seeded at start (one per unit).</summary>
    public IReadOnlyList<DemoUser> DemoUsers { get; }

    public static async Task<SimulatedTenants> StartAsync(SimulatedTenantsOptions options, CancellationToken ct = default)
    {
        var sim = new SimulationState(StartupFaults.Resolve(options), options.DeliveryDelay);
        var owned = options.DataDirectory is null ? Directory.CreateTempSubdirectory("e2e-tenants-").FullName : null;
        var dataDirectory = options.DataDirectory ?? owned!;
        Directory.CreateDirectory(dataDirectory);
        var apps = new List<WebApplication>();
        try
        {
            // The integration first: both tenants need its address; it needs theirs only to deliver.
            var integration = await IntegrationApp.StartAsync(sim, Path.Combine(dataDirectory, "integration.db"), options.IntegrationPort ?? 0, ct);
            apps.Add(integration);
            var integrationUrl = integration.BoundUri();
            apps.Add(await SamsaApp.StartAsync(sim, integrationUrl, Path.Combine(dataDirectory, "samsa.db"), options.SamsaPort ?? 0, ct));
            apps.Add(await SamvyApp.StartAsync(sim, integrationUrl, Path.Combine(dataDirectory, "samvy.db"), options.SamvyPort ?? 0, ct));
            (sim.SamsaUrl, sim.SamvyUrl) = (apps[1].BoundUri(), apps[2].BoundUri());
            return new SimulatedTenants(apps, owned, await DemoUsersAsync(integrationUrl, ct), sim);
        }
        catch
        {
            await StopAsync(apps, owned);
            throw;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync(apps, ownedDataDirectory));

    private static async Task<IReadOnlyList<DemoUser>> DemoUsersAsync(Uri integrationUrl, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = integrationUrl };
        var users = await new IntegrationClient(http).DemoUsersAsync(ct);
        return [.. users.Select(u => new DemoUser(u.Namn, u.Roll, u.EnhetNamn, u.System, u.PersonHsaId))];
    }

    private static async Task StopAsync(List<WebApplication> apps, string? ownedDataDirectory)
    {
        // Tenants before the integration, so their outboxes stop before the routing they hand over to.
        foreach (var app in Enumerable.Reverse(apps))
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        apps.Clear();
        SqliteConnection.ClearAllPools();
        try
        {
            if (ownedDataDirectory is not null && Directory.Exists(ownedDataDirectory))
            {
                Directory.Delete(ownedDataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a dispose that throws would hide the test's own result.
        }
    }
}
