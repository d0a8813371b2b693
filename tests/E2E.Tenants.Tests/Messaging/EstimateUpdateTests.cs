using System.Net;
using System.Net.Http.Json;
using System.Text;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Messaging;

/// <summary>A changed estimated discharge date reaches every unit that got the admission notice, in its own system.</summary>
public sealed class EstimateUpdateTests : MessagingTestBase
{
    // Another day than the admission notice's estimate, so the update is told apart from it.
    private static readonly string Changed = TestClock.Day(10);

    [Test]
    public async Task SAMSA_case_sends_the_changed_estimate_to_the_same_recipients_in_both_systems()
    {
        var from = await Messages.AdmitAsync(Direction.All[0], TestPatients.Anna);
        await Messages.SendAsync(from, Types.Admission, Units.Lerum);
        await Messages.SendAsync(from, Types.Admission, Units.Alingsas);

        using var update = await Samsa.Http.PostAsJsonAsync($"api/arenden/{from.CaseId}/beraknat-utskrivningsdatum", new { beraknatUtskrivningsdatum = Changed });

        update.StatusCode.Should().Be(HttpStatusCode.Created, await update.Content.ReadAsStringAsync());
        await ShouldHaveUpdateAsync(Direction.Samsa, Units.Lerum);
        await ShouldHaveUpdateAsync(Direction.Samvy, Units.Alingsas);
    }

    [Test]
    public async Task Samvy_encounter_sends_the_changed_estimate_to_the_same_recipients_in_both_systems()
    {
        var from = await Messages.AdmitAsync(Direction.All[1], TestPatients.Anna);
        await Messages.SendAsync(from, Types.Admission, Units.Lerum);
        await Messages.SendAsync(from, Types.Admission, Units.Alingsas);
        var parameters = $$"""{"resourceType":"Parameters","parameter":[{"name":"beraknatUtskrivningsdatum","valueDate":"{{Changed}}"}]}""";

        using var update = await Samvy.Http.PostAsync($"Encounter/{from.EncounterId}/$andra-utskrivningsdatum",
            new StringContent(parameters, Encoding.UTF8, "application/fhir+json"));

        update.StatusCode.Should().Be(HttpStatusCode.OK, await update.Content.ReadAsStringAsync());
        await ShouldHaveUpdateAsync(Direction.Samsa, Units.Lerum);
        await ShouldHaveUpdateAsync(Direction.Samvy, Units.Alingsas);
    }

    [Test]
    public async Task An_update_before_any_admission_notice_is_refused_in_Swedish()
    {
        var from = await Messages.AdmitAsync(Direction.All[0], TestPatients.Anna);

        using var update = await Samsa.Http.PostAsJsonAsync($"api/arenden/{from.CaseId}/beraknat-utskrivningsdatum", new { beraknatUtskrivningsdatum = Changed });

        update.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await update.Content.ReadAsStringAsync()).Should().Contain("Inget inskrivningsmeddelande har skickats i ärendet ännu.");
    }

    private async Task ShouldHaveUpdateAsync(string system, string unit)
    {
        var inbox = await Messages.EventuallyInboxAsync(system, unit, 2);
        inbox.Should().HaveCount(2);
        inbox.Should().ContainSingle(r => r.Uppdatering).Which.BeraknatUtskrivningsdatum.Should().Be(Changed);
        inbox.Should().ContainSingle(r => !r.Uppdatering).Which.BeraknatUtskrivningsdatum.Should().Be(MessagingClient.Estimate);
    }
}
