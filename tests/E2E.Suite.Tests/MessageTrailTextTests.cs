using E2E.Core.Settings;
using E2E.Drivers;
using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Http;
using E2E.Drivers.Messages;
using CareSystem = E2E.Organisation.CareSystem;
using E2E.TestData;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Suite.Tests;

/// <summary>
/// Against real tenants there is no routing log to read: the trail says so, without asking the integration, and
/// still shows what was sent. A message within one system says it never went through the integration.
/// </summary>
public sealed class MessageTrailTextTests
{
    private static readonly Patient Anna = new("194001042383", "Anna", "Testsson", Sex.Kvinna, "Storgatan 1", "443 30", "Lerum", "Lerums kommun");

    [Test]
    public async Task A_real_environment_has_no_integration_log_and_the_trail_says_so()
    {
        // .invalid never resolves: had the log been asked, the note would be a lookup failure instead.
        var endpoints = new TenantEndpoints(new("https://samsa-test.example.invalid/"), new("https://samvy-test.example.invalid/"),
            new("https://millenniumenheter-test.example.invalid/"), IsSimulated: false);
        using var http = new TenantHttpClients(endpoints, new AllowedHostsGuard(["samsa-test.example.invalid",
            "samvy-test.example.invalid", "millenniumenheter-test.example.invalid"], "environments/testmiljo.json"), "testmiljo");
        var trail = new MessageTrail();
        var ward = UnitCatalogue.Find("avdelning 32 på NÄL");
        var lerum = UnitCatalogue.Find("hemsjukvården i Lerums kommun");
        trail.Sent(new SentMessage(new OutgoingMessage(MessageKind.AdmissionNotice, lerum, new DateOnly(2027, 3, 6)),
            new Admission(Anna, ward, CareSystem.Samvy, "enc-1", null), Staff.At(ward), CareSystem.Samvy, CareSystem.Samsa));
        trail.Sent(new SentMessage(new OutgoingMessage(MessageKind.DischargeReady, lerum),
            new Admission(Anna, ward, CareSystem.Samsa, "stay-1", null), Staff.At(ward), CareSystem.Samsa, CareSystem.Samsa));

        var text = MessageTrailText.Render(trail, await new IntegrationLog(http).ReadAsync(trail.Patients));

        text.Should().Contain("Patienter: 19400104-2383")
            .And.Contain("till Hemsjukvården Lerums kommun [").And.Contain("(SAMSA), Samvy→SAMSA via integrationen, patient 19400104-2383; " +
                                                                        "beräknat utskrivningsdatum 2027-03-06.")
            .And.Contain("inom SAMSA (går inte via integrationen)")
            .And.Contain("Integrationens logg finns inte i miljön testmiljo")
            .And.Contain("Scenariot hann inte titta efter meddelandet hos mottagaren.");
    }
}
