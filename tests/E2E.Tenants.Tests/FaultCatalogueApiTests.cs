using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

/// <summary>The test-only fault catalogue over HTTP: what a fault drill reads to know which scenarios must catch which fault.</summary>
public sealed class FaultCatalogueApiTests : TenantsTestBase
{
    [Test]
    public async Task The_catalogue_lists_every_fault_with_its_description_and_processes()
    {
        var catalogue = await Integration.GetFromJsonAsync<JsonElement[]>("_sim/faults/katalog");

        catalogue!.Select(f => f.GetProperty("namn").GetString()).Should().BeEquivalentTo(KnownFaults.All.Keys);
        var doubleCount = catalogue!.Single(f => f.GetProperty("namn").GetString() == KnownFaults.DoubleCountPaymentDays);
        doubleCount.GetProperty("beskrivning").GetString().Should().Be(KnownFaults.All[KnownFaults.DoubleCountPaymentDays]);
        doubleCount.GetProperty("processer").EnumerateArray().Select(p => p.GetString()).Should().Equal("P05");
    }
}
