using System.Net.Http.Json;
using E2E.Tenants.Host;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

/// <summary>Starting the tenants: ports, data directory, faults from options and environment.</summary>
[NonParallelizable]
public sealed class HostingTests
{
    [Test]
    public async Task Two_starts_run_side_by_side_on_free_loopback_ports()
    {
        await using var first = await SimulatedTenants.StartAsync(TestClock.Options());
        await using var second = await SimulatedTenants.StartAsync(TestClock.Options());

        var urls = new[] { first.SamsaUrl, first.SamvyUrl, first.IntegrationUrl, second.SamsaUrl, second.SamvyUrl, second.IntegrationUrl };
        urls.Select(u => u.Port).Should().OnlyHaveUniqueItems();
        urls.Should().OnlyContain(u => u.Host == "127.0.0.1" && u.AbsolutePath == "/");
    }

    [Test]
    public async Task SQLite_files_live_in_the_given_data_directory()
    {
        var directory = Directory.CreateTempSubdirectory("e2e-tenants-test-").FullName;
        try
        {
            await using (await SimulatedTenants.StartAsync(new SimulatedTenantsOptions { Now = TestClock.Now, DataDirectory = directory }))
            {
                Directory.GetFiles(directory, "*.db").Select(Path.GetFileName)
                    .Should().BeEquivalentTo(["integration.db", "samsa.db", "samvy.db"]);
            }
            Directory.Exists(directory).Should().BeTrue("a directory the caller gave is the caller's to remove");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public async Task Kept_data_from_another_version_is_refused_in_Swedish_naming_the_database()
    {
        var directory = Directory.CreateTempSubdirectory("e2e-tenants-test-").FullName;
        try
        {
            await using (await SimulatedTenants.StartAsync(new SimulatedTenantsOptions { Now = TestClock.Now, DataDirectory = directory }))
            {
            }
            await using (await SimulatedTenants.StartAsync(new SimulatedTenantsOptions { Now = TestClock.Now, DataDirectory = directory }))
            {
                // the same version starts again on its own data
            }
            var samsa = Path.Combine(directory, "samsa.db");
            await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={samsa};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var older = connection.CreateCommand();
                older.CommandText = "UPDATE \"Schemaversion\" SET \"Fingeravtryck\" = 'en äldre version'";
                (await older.ExecuteNonQueryAsync()).Should().Be(1);
            }

            var start = async () => await (await SimulatedTenants.StartAsync(new SimulatedTenantsOptions { Now = TestClock.Now, DataDirectory = directory })).DisposeAsync();

            (await start.Should().ThrowAsync<InvalidOperationException>()).Which.Message
                .Should().Contain(samsa).And.Contain("Starta utan --behall-data");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public async Task Faults_come_from_the_options_and_the_environment_and_survive_a_reset()
    {
        Environment.SetEnvironmentVariable(SimulatedTenantsOptions.FaultsEnvironmentVariable, " tappa-meddelanden ,");
        try
        {
            await using var tenants = await SimulatedTenants.StartAsync(TestClock.Options());
            using var http = new HttpClient { BaseAddress = tenants.IntegrationUrl };
            (await http.DeleteAsync("_sim/faults/tappa-meddelanden")).EnsureSuccessStatusCode();

            (await http.PostAsync("_sim/reset", null)).EnsureSuccessStatusCode();

            (await http.GetFromJsonAsync<string[]>("_sim/faults")).Should().Equal("tappa-meddelanden");
        }
        finally
        {
            Environment.SetEnvironmentVariable(SimulatedTenantsOptions.FaultsEnvironmentVariable, null);
        }
    }

    [Test]
    public async Task An_unknown_fault_at_start_is_refused_in_Swedish()
    {
        var start = () => SimulatedTenants.StartAsync(new SimulatedTenantsOptions { Now = TestClock.Now, Faults = ["inget-sadant-fel"] });

        await start.Should().ThrowAsync<ArgumentException>().WithMessage("*Okänt fel \"inget-sadant-fel\"*tappa-meddelanden*");
    }

    [Test]
    public async Task Fixed_ports_are_honoured()
    {
        var port = FreePort();

        await using var tenants = await SimulatedTenants.StartAsync(new SimulatedTenantsOptions { Now = TestClock.Now, IntegrationPort = port });

        tenants.IntegrationUrl.Should().Be(new Uri($"http://127.0.0.1:{port}/"));
    }

    [Test]
    public async Task Kestrel_settings_of_the_hosting_process_do_not_leak_into_the_tenants()
    {
        var stray = FreePort();
        Environment.SetEnvironmentVariable("Kestrel__Endpoints__Stray__Url", $"http://127.0.0.1:{stray}");
        try
        {
            await using var tenants = await SimulatedTenants.StartAsync(TestClock.Options());

            using var probe = new System.Net.Sockets.TcpClient();
            var connect = () => probe.ConnectAsync(System.Net.IPAddress.Loopback, stray);
            await connect.Should().ThrowAsync<System.Net.Sockets.SocketException>("nothing may listen where the environment said");
        }
        finally
        {
            Environment.SetEnvironmentVariable("Kestrel__Endpoints__Stray__Url", null);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
