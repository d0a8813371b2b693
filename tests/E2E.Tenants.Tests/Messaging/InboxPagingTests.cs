using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Messaging;

/// <summary>SAMSA's inbox filters (message type, read/unread) and paging, in the API and the inbox page.</summary>
public sealed class InboxPagingTests : MessagingTestBase
{
    [Test]
    public async Task The_API_pages_and_filters_by_type_and_read_state()
    {
        var from = await Messages.AdmitAsync(Direction.All[0], TestPatients.Anna);
        for (var i = 0; i < 22; i++)
        {
            await Messages.SendAsync(from, Types.Admission);
        }
        await Messages.SendAsync(from, Types.DischargeReady);
        var firstPage = await Samsa.Http.GetAsync($"api/inkorgar/{Units.Lerum}/meddelanden?sida=1");
        var secondPage = await Samsa.Http.GetFromJsonAsync<JsonElement[]>($"api/inkorgar/{Units.Lerum}/meddelanden?sida=2");
        var readiness = await Samsa.Http.GetFromJsonAsync<JsonElement[]>($"api/inkorgar/{Units.Lerum}/meddelanden?typ=utskrivningsklar");
        await Messages.MarkAsync(Direction.Samsa, readiness![0].GetProperty("id").ToString(), acknowledge: false);

        (await firstPage.Content.ReadFromJsonAsync<JsonElement[]>()).Should().HaveCount(20);
        firstPage.Headers.GetValues("X-Totalt").Single().Should().Be("23");
        firstPage.Headers.GetValues("X-Sidor").Single().Should().Be("2");
        secondPage.Should().HaveCount(3);
        readiness.Should().ContainSingle().Which.GetProperty("typ").GetString().Should().Be("Utskrivningsklar");
        (await Samsa.Http.GetFromJsonAsync<JsonElement[]>($"api/inkorgar/{Units.Lerum}/meddelanden?status=lasta")).Should().ContainSingle()
            .Which.GetProperty("typKod").GetString().Should().Be(Types.DischargeReady);
        (await Samsa.Http.GetFromJsonAsync<JsonElement[]>($"api/inkorgar/{Units.Lerum}/meddelanden?status=olasta")).Should().HaveCount(22);
    }

    [Test]
    public async Task The_inbox_page_offers_filters_and_pages()
    {
        var from = await Messages.AdmitAsync(Direction.All[0], TestPatients.Anna);
        for (var i = 0; i < 21; i++)
        {
            await Messages.SendAsync(from, Types.Admission);
        }
        await Messages.SendAsync(from, Types.Sip);
        using var web = new WebSession(Tenants.SamsaUrl);
        await web.LoginAsync(Units.LerumName);

        var (_, first) = await web.GetAsync("inkorg");
        var (_, second) = await web.GetAsync("inkorg?sida=2");
        var (_, sipOnly) = await web.GetAsync("inkorg?typ=kallelse-sip&status=olasta");

        first.Should().Contain("""<label for="typ">Meddelandetyp</label>""").And.Contain("""<label for="status">Lässtatus</label>""")
            .And.Contain(">Filtrera</button>").And.Contain("""<nav aria-label="Sidor" """).And.Contain("Sida 1 av 2 (22 meddelanden)")
            .And.Contain(">Nästa sida</a>").And.Contain("""<th scope="col">Status</th>""");
        second.Should().Contain("Sida 2 av 2").And.Contain(">Föregående sida</a>").And.NotContain(">Nästa sida</a>");
        sipOnly.Should().Contain("Sida 1 av 1 (1 meddelanden)").And.Contain(">Kallelse till SIP</a>").And.NotContain(">Inskrivningsmeddelande</a>");
    }
}
