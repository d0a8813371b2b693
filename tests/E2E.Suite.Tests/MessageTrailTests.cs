using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Suite.Tests;

/// <summary>
/// A scenario that fails on a message between the systems carries the message trail in its Allure result: what was
/// sent, what the integration carried and what the reader saw, with no credential in it. The real P04 scenario
/// (real tenants, real Chromium) with "dubbla-meddelanden" on, so the integration carries every crossing message twice.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class MessageTrailTests() : FaultedRunFixture("dubbla-meddelanden")
{
    [Test]
    public async Task A_duplicated_message_shows_what_was_sent_both_carried_copies_and_what_the_inbox_showed()
    {
        var (failure, trail) = await FailingP04Async("Meddelandet kommer fram en gång, inte två");
        var patient = Regex.Match(failure.Message, @"patient (\d{8}-\d{4})").Groups[1].Value;
        patient.Should().NotBeEmpty("the failure names the patient: {0}", failure.Message);

        trail.Should().StartWith("Meddelanden i scenariot").And.Contain($"Patienter: {patient}");
        TrailAttachment.Section(trail, "1. Skickat").Should().MatchRegex(
            $@"Inskrivningsmeddelande från .+ \(Samvy\) till Hemsjukvården Lerums kommun \[.+\] \(SAMSA\), Samvy→SAMSA via integrationen, " +
            $@"patient {patient}; beräknat utskrivningsdatum \d{{4}}-\d{{2}}-\d{{2}}\.");
        var carried = TrailAttachment.Section(trail, "2. Buret").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var notices = carried.Where(line => line.Contains(" inskrivningsmeddelande (id ", StringComparison.Ordinal)).ToList();
        notices.Should().HaveCount(2, "the integration carried the notice and its copy, and only this scenario's patient's");
        notices.Should().AllSatisfy(line => line.Should().MatchRegex($@"^#\d+ inskrivningsmeddelande \(id .+\) Samvy → SAMSA, .*: LEVERERAD .*patient {patient}"));
        notices[1].Should().Contain("-kopia)", "the copy travels under another id");
        carried.Except(notices).Should().HaveCount(2).And.AllSatisfy(line => line.Should().Contain(" kvittens 'levererad' på meddelande "),
            "SAMSA receipted both copies back to Samvy");
        TrailAttachment.Section(trail, "3. Framme").Should().Contain("FEL: ").And.Contain(" 2 gånger; det ska komma fram en gång.")
            .And.MatchRegex($@"Inkorgen för Hemsjukvården Lerums kommun i SAMSA, inskrivningsmeddelandet, 2 rader när scenariot föll: " +
                            $@"Inskrivningsmeddelande · .* · {patient} · .* \| Inskrivningsmeddelande · ");

        trail.Should().NotMatchRegex("[0-9a-fA-F]{40,}", "no opaque token").And.NotMatchRegex(@"(?i)bearer (?!\[dolt\])")
            .And.NotContain("client_secret").And.NotContain("CfDJ8", "no cookie value");
    }
}
