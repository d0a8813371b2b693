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
    private readonly Dictionary<SimulatedApp, WebApplication> apps;
    private readonly SimulationState sim;
    private readonly string dataDirectory;
    private readonly string? ownedDataDirectory;
    private readonly string? systemval;

    private SimulatedTenants(
        Dictionary<SimulatedApp, WebApplication> apps, SimulationState sim, string dataDirectory, string? ownedDataDirectory,
        string? systemval, IReadOnlyList<DemoUser> demoUsers)
    {
        (this.apps, this.sim, this.dataDirectory, this.ownedDataDirectory, this.systemval) =
            (apps, sim, dataDirectory, ownedDataDirectory, systemval);
        DemoUsers = demoUsers;
        SamsaClient = new ApiClientCredentials(ApiClientSecrets.ClientId, sim.ApiClients.SecretFor(SystemNames.Samsa));
        SamvyClient = new ApiClientCredentials(ApiClientSecrets.ClientId, sim.ApiClients.SecretFor(SystemNames.Samvy));
        (IntegrationUrl, SamsaUrl, SamvyUrl) =
            (apps[SimulatedApp.Integration].BoundUri(), apps[SimulatedApp.Samsa].BoundUri(), apps[SimulatedApp.Samvy].BoundUri());
    }

    public Uri SamsaUrl { get; }
    public Uri SamvyUrl { get; }
    public Uri IntegrationUrl { get; }

    /// <summary>The API clients that may ask SAMSA (POST api/token) and Samvy (POST oauth/token) for bearer tokens.</summary>
    public ApiClientCredentials SamsaClient { get; }
    public ApiClientCredentials SamvyClient { get; }

    /// <summary>Every request to the test-only API (_sim/…) of the three apps since the start, as "METHOD /path".</summary>
    public IReadOnlyList<string> SimulationRequests => sim.Requests.Requests;

    /// <summary>The demo users as seeded at start (one per unit).</summary>
    public IReadOnlyList<DemoUser> DemoUsers { get; }

    public static async Task<SimulatedTenants> StartAsync(SimulatedTenantsOptions options, CancellationToken ct = default)
    {
        var sim = new SimulationState(StartupFaults.Resolve(options), options.DeliveryDelay)
        {
            MaxAttachmentBytes = options.MaxAttachmentBytes,
            StartNow = options.Now,
        };
        sim.RestoreStartClock();
        var owned = options.DataDirectory is null ? Directory.CreateTempSubdirectory("e2e-tenants-").FullName : null;
        var dataDirectory = options.DataDirectory ?? owned!;
        Directory.CreateDirectory(dataDirectory);
        var apps = new Dictionary<SimulatedApp, WebApplication>();
        try
        {
            // The integration first: both tenants need its address; it needs theirs only to deliver.
            apps[SimulatedApp.Integration] = await StartAppAsync(SimulatedApp.Integration, sim, dataDirectory, null, options.IntegrationPort ?? 0, options.Systemval, ct);
            var integrationUrl = apps[SimulatedApp.Integration].BoundUri();
            apps[SimulatedApp.Samsa] = await StartAppAsync(SimulatedApp.Samsa, sim, dataDirectory, integrationUrl, options.SamsaPort ?? 0, options.Systemval, ct);
            apps[SimulatedApp.Samvy] = await StartAppAsync(SimulatedApp.Samvy, sim, dataDirectory, integrationUrl, options.SamvyPort ?? 0, options.Systemval, ct);
            (sim.SamsaUrl, sim.SamvyUrl) = (apps[SimulatedApp.Samsa].BoundUri(), apps[SimulatedApp.Samvy].BoundUri());
            return new SimulatedTenants(apps, sim, dataDirectory, owned, options.Systemval, await DemoUsersAsync(integrationUrl, ct));
        }
        catch
        {
            await StopAllAsync(apps, owned);
            throw;
        }
    }

    /// <summary>
    /// Stops one app as a crash or maintenance would (its database stays); until <see cref="StartAppAsync"/> it
    /// refuses connections, so the others keep their outboxes and queues and retry.
    /// </summary>
    public async Task StopAppAsync(SimulatedApp which)
    {
        if (apps.Remove(which, out var app))
        {
            await app.StopAsync();
            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>Starts a stopped app again on its old address, with the data it had.</summary>
    public async Task StartAppAsync(SimulatedApp which, CancellationToken ct = default)
    {
        if (!apps.ContainsKey(which))
        {
            var port = (which switch { SimulatedApp.Samsa => SamsaUrl, SimulatedApp.Samvy => SamvyUrl, _ => IntegrationUrl }).Port;
            apps[which] = await StartAppAsync(which, sim, dataDirectory, IntegrationUrl, port, systemval, ct);
        }
    }

    public ValueTask DisposeAsync() => new(StopAllAsync(apps, ownedDataDirectory));

    private static Task<WebApplication> StartAppAsync(
        SimulatedApp which, SimulationState sim, string dataDirectory, Uri? integrationUrl, int port, string? systemval,
        CancellationToken ct) => which switch
    {
        SimulatedApp.Samsa => SamsaApp.StartAsync(sim, integrationUrl!, Path.Combine(dataDirectory, "samsa.db"), port, ct),
        SimulatedApp.Samvy => SamvyApp.StartAsync(sim, integrationUrl!, Path.Combine(dataDirectory, "samvy.db"), port, ct),
        _ => IntegrationApp.StartAsync(sim, Path.Combine(dataDirectory, "integration.db"), port, ct, systemval),
    };

    private static async Task<IReadOnlyList<DemoUser>> DemoUsersAsync(Uri integrationUrl, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = integrationUrl };
        var users = await new IntegrationClient(http).DemoUsersAsync(ct);
        return [.. users.Select(u => new DemoUser(u.Namn, u.Roll, u.EnhetNamn, u.System, u.PersonHsaId, u.EnhetHsaId))];
    }

    private static async Task StopAllAsync(Dictionary<SimulatedApp, WebApplication> apps, string? ownedDataDirectory)
    {
        // Tenants before the integration, so their outboxes stop before the routing they hand over to.
        foreach (var which in new[] { SimulatedApp.Samvy, SimulatedApp.Samsa, SimulatedApp.Integration })
        {
            if (apps.Remove(which, out var app))
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
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

/// <summary>The three apps of a start, for stopping and starting one of them (restart tests).</summary>
public enum SimulatedApp
{
    Integration,
    Samsa,
    Samvy,
}
