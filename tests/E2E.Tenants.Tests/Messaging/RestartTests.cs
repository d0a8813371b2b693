using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Host;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Messaging;

/// <summary>
/// Nothing lost, nothing doubled when an app stops while messages are on their way: outboxes and the integration's
/// queue live in SQLite, deliveries are retried and receivers recognise a repeated message id.
/// </summary>
[NonParallelizable]
public sealed class RestartTests
{
    private string dataDirectory = null!;

    [SetUp]
    public void NewDataDirectory() => dataDirectory = Directory.CreateTempSubdirectory("e2e-restart-").FullName;

    [TearDown]
    public void RemoveDataDirectory()
    {
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { /* harmless leftover */ }
    }

    [Test]
    public async Task Messages_queued_while_the_receiving_system_is_stopped_land_exactly_once_after_it_starts()
    {
        await using var tenants = await StartAsync(TimeSpan.FromMilliseconds(100));
        using var clients = new TenantApiClients(tenants);
        var integration = clients.Integration;
        var client = new MessagingClient(clients.Samsa, clients.Samvy);
        var from = await client.AdmitAsync(Direction.All[2], TestPatients.Bo); // SAMSA→Samvy

        await tenants.StopAppAsync(SimulatedApp.Samvy);
        var ids = new[] { await client.SendAsync(from, Types.Admission), await client.SendAsync(from, Types.DischargeReady) };
        await Eventually.UntilAsync(() => RoutedAsync(integration), log => log.Length == 2 && log.All(m => m.GetProperty("forsok").GetInt32() > 0));
        await tenants.StartAppAsync(SimulatedApp.Samvy);

        var landed = await client.EventuallyInboxAsync(Direction.Samvy, Units.Alingsas, 2);
        foreach (var id in ids)
        {
            (await client.EventuallySenderStateAsync(from, id, "levererad")).Should().Be("levererad");
        }
        await client.SendAsync(from, Types.Discharge); // a later marker: nothing held back arrives a second time
        landed = await client.EventuallyInboxAsync(Direction.Samvy, Units.Alingsas, 3);
        landed.Select(l => l.Typ).Should().BeEquivalentTo([Types.Admission, Types.DischargeReady, Types.Discharge]);
    }

    [Test]
    public async Task Messages_and_receipts_survive_an_integration_restart_and_are_carried_exactly_once()
    {
        // A long delay keeps the message in the integration's queue when it stops.
        await using var tenants = await StartAsync(TimeSpan.FromSeconds(2));
        using var clients = new TenantApiClients(tenants);
        var integration = clients.Integration;
        var client = new MessagingClient(clients.Samsa, clients.Samvy);
        var from = await client.AdmitAsync(Direction.All[1], TestPatients.Anna); // Samvy→SAMSA
        var id = await client.SendAsync(from, Types.Admission);
        (await Eventually.UntilAsync(() => RoutedAsync(integration), log => log.Length == 1)).Single().GetProperty("status").GetString().Should().Be("väntar");

        await tenants.StopAppAsync(SimulatedApp.Integration);
        await tenants.StartAppAsync(SimulatedApp.Integration);
        var landed = (await client.EventuallyInboxAsync(Direction.Samsa, Units.Lerum, 1)).Single();

        // The receipt waits in SAMSA's outbox while the integration is away, and arrives once it is back.
        await tenants.StopAppAsync(SimulatedApp.Integration);
        await client.MarkAsync(Direction.Samsa, landed.Id, acknowledge: true);
        await tenants.StartAppAsync(SimulatedApp.Integration);
        (await client.EventuallySenderStateAsync(from, id, "kvitterad")).Should().Be("kvitterad");
        (await client.InboxAsync(Direction.Samsa, Units.Lerum)).Should().ContainSingle();
        (await RoutedAsync(integration)).Should().ContainSingle().Which.GetProperty("status").GetString().Should().Be("levererad");
    }

    [Test]
    public async Task A_whole_restart_with_the_same_data_directory_delivers_what_was_queued_exactly_once()
    {
        var tenants = await StartAsync(TimeSpan.FromSeconds(2));
        using (var clients = new TenantApiClients(tenants))
        {
            var first = new MessagingClient(clients.Samsa, clients.Samvy);
            await first.SendAsync(await first.AdmitAsync(Direction.All[1], TestPatients.Anna), Types.DischargeReady);
        }
        await tenants.DisposeAsync();

        await using var again = await StartAsync(TimeSpan.FromMilliseconds(100));
        using var clientsAgain = new TenantApiClients(again); // a new start draws new client secrets
        var client = new MessagingClient(clientsAgain.Samsa, clientsAgain.Samvy);
        var landed = await client.EventuallyInboxAsync(Direction.Samsa, Units.Lerum, 1);
        var marker = await client.AdmitAsync(Direction.All[1], TestPatients.Bo);
        await client.SendAsync(marker, Types.Admission);
        landed = await client.EventuallyInboxAsync(Direction.Samsa, Units.Lerum, 2);

        landed.Select(l => l.Typ).Should().BeEquivalentTo([Types.DischargeReady, Types.Admission]);
    }

    private Task<SimulatedTenants> StartAsync(TimeSpan delay) =>
        SimulatedTenants.StartAsync(new SimulatedTenantsOptions { Now = TestClock.Now, DataDirectory = dataDirectory, DeliveryDelay = delay });

    private static async Task<JsonElement[]> RoutedAsync(HttpClient integration) =>
        await integration.GetFromJsonAsync<JsonElement[]>("_sim/meddelanden") ?? [];
}
