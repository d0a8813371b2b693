using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;
using static E2E.Tenants.Tests.Payment.PaymentBasisSeeding;

namespace E2E.Tenants.Tests.Payment;

public sealed class PaymentBasisExportTests : PaymentTestBase
{
    [Test]
    public async Task SAMSA_exports_its_payment_events_as_rows_in_Swedish_time()
    {
        await SetClockAsync(AfterMarch2026);
        await Samsa.Http.SeedAsync(Event("utskrivningsklar", "2026-03-06T09:00:00Z"));

        var rows = await Samsa.Http.GetFromJsonAsync<JsonElement[]>("api/betalningsunderlag");

        var row = rows.Should().ContainSingle().Subject;
        row.GetProperty("system").GetString().Should().Be("SAMSA");
        row.GetProperty("personnummer").GetString().Should().Be(TestPatients.Anna.Personnummer);
        row.GetProperty("kommun").GetString().Should().Be("Lerum");
        row.GetProperty("enhetHsaId").GetString().Should().Be(Units.Avd32Nal);
        row.GetProperty("handelse").GetString().Should().Be("utskrivningsklar");
        row.GetProperty("tidpunkt").GetString().Should().Be("2026-03-06T10:00:00+01:00");
    }

    [Test]
    public async Task Samvy_exports_the_same_contract_at_its_own_address()
    {
        await SetClockAsync(AfterMarch2026);
        await SamvyRoot.SeedAsync(Event("inskrivningsmeddelande", "2026-03-02T10:00:00+01:00", personnummer: "19400104-2383"));

        var rows = await SamvyRoot.GetFromJsonAsync<JsonElement[]>("export/betalningsunderlag");

        var row = rows.Should().ContainSingle().Subject;
        (row.GetProperty("system").GetString(), row.GetProperty("personnummer").GetString(), row.GetProperty("handelse").GetString())
            .Should().Be(("Samvy", "194001042383", "inskrivningsmeddelande"));
        (await Samsa.Http.GetFromJsonAsync<JsonElement[]>("api/betalningsunderlag")).Should().BeEmpty("each system exports only its own data");
    }

    [Test]
    public async Task From_and_to_select_Swedish_calendar_days()
    {
        await SetClockAsync(AfterMarch2026);
        await Samsa.Http.SeedAsync(
            Event("utskrivningsklar", "2026-03-05T23:30:00Z"), // 6 March in Sweden
            Event("utskriven", "2026-03-11T14:00:00+01:00"));

        var march6To10 = await Samsa.Http.GetFromJsonAsync<JsonElement[]>("api/betalningsunderlag?fran=2026-03-06&till=2026-03-10");
        var from11 = await Samsa.Http.GetFromJsonAsync<JsonElement[]>("api/betalningsunderlag?fran=2026-03-11");

        march6To10!.Select(r => r.GetProperty("handelse").GetString()).Should().Equal("utskrivningsklar");
        from11!.Select(r => r.GetProperty("handelse").GetString()).Should().Equal("utskriven");
    }

    [Test]
    public async Task A_date_that_cannot_be_read_is_refused_in_Swedish()
    {
        using var response = await Samsa.Http.GetAsync("api/betalningsunderlag?till=6/3");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("ÅÅÅÅ-MM-DD");
    }

    [TestCase("utskrivningsklar", "1940", "Ogiltigt personnummer")]
    [TestCase("okänd", "194001042383", "Kända händelser: inskrivningsmeddelande, utskrivningsklar")]
    public async Task An_invalid_event_is_refused_in_Swedish_and_nothing_is_stored(string handelse, string personnummer, string message)
    {
        await SetClockAsync(AfterMarch2026);
        using var response = await Samsa.Http.PostAsJsonAsync("_sim/betalningshandelser", new[]
        {
            Event("utskriven", "2026-03-11T14:00:00+01:00"),
            Event(handelse, "2026-03-06T10:00:00+01:00", personnummer: personnummer),
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(message);
        (await Samsa.Http.GetFromJsonAsync<JsonElement[]>("api/betalningsunderlag")).Should().BeEmpty();
    }

    [Test]
    public async Task Reset_empties_the_payment_basis_and_the_identity_audit_sees_it()
    {
        await SeedMovedPatientAsync();
        (await SamvyRoot.GetFromJsonAsync<string[]>("_sim/identiteter")).Should().Contain(TestPatients.Anna.Personnummer);

        (await Integration.PostAsync("_sim/reset", null)).EnsureSuccessStatusCode();

        (await Samsa.Http.GetFromJsonAsync<JsonElement[]>("api/betalningsunderlag")).Should().BeEmpty();
        (await SamvyRoot.GetFromJsonAsync<JsonElement[]>("export/betalningsunderlag")).Should().BeEmpty();
    }
}
