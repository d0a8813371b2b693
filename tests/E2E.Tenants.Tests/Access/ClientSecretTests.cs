using E2E.Tenants.Host;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Access;

/// <summary>The API client secrets: drawn anew at every start, one per system, never shown by ToString.</summary>
public sealed class ClientSecretTests
{
    [Test]
    public async Task Every_start_draws_its_own_secrets_and_never_prints_them()
    {
        await using var first = await SimulatedTenants.StartAsync(TestClock.Options());
        await using var second = await SimulatedTenants.StartAsync(TestClock.Options());

        first.SamsaClient.ClientSecret.Should().HaveLength(64).And.NotBe(first.SamvyClient.ClientSecret);
        second.SamsaClient.ClientSecret.Should().NotBe(first.SamsaClient.ClientSecret);
        first.SamsaClient.ToString().Should().NotContain(first.SamsaClient.ClientSecret).And.Contain("hemlighet dold");
        $"{first.SamvyClient}".Should().NotContain(first.SamvyClient.ClientSecret);
    }
}
