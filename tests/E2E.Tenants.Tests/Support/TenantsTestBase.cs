using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Host;

namespace E2E.Tenants.Tests.Support;

/// <summary>
/// The tenants shared by every fixture (<see cref="SharedTenants"/>, started once at the tests' "now"), reset when a
/// fixture begins and before every test (which also returns the clock to that "now"), reached only over HTTP.
/// </summary>
public abstract class TenantsTestBase
{
    protected SimulatedTenants Tenants { get; private set; } = null!;
    protected HttpClient Integration { get; private set; } = null!;
    protected SamsaApi Samsa { get; private set; } = null!;
    protected SamvyFhir Samvy { get; private set; } = null!;
    protected TenantTokens Tokens { get; private set; } = null!;
    private TenantApiClients clients = null!;

    [OneTimeSetUp]
    public async Task UseSharedTenants()
    {
        Tenants = await SharedTenants.GetAsync();
        clients = new TenantApiClients(Tenants);
        (Integration, Tokens, Samsa, Samvy) = (clients.Integration, clients.Tokens, clients.Samsa, clients.Samvy);
        // A fixture's own one-time set-up runs after this one and must not see the previous fixture's data.
        await Reset();
    }

    [SetUp]
    public async Task Reset()
    {
        using var response = await Integration.PostAsync("_sim/reset", null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Switches a named fault on or off through the test-only API.</summary>
    protected async Task SwitchFaultAsync(string fault, bool on = true)
    {
        using var response = on ? await Integration.PutAsync($"_sim/faults/{fault}", null) : await Integration.DeleteAsync($"_sim/faults/{fault}");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>What the integration has carried, as the test-only routing log shows it.</summary>
    protected async Task<JsonElement[]> RoutedAsync() =>
        await Integration.GetFromJsonAsync<JsonElement[]>("_sim/meddelanden") ?? [];

    [OneTimeTearDown]
    public void CloseClients() => clients.Dispose();
}
