using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

public sealed class SamverkansvyValidationTests : TenantsTestBase
{
    [Test]
    public async Task An_unknown_recipient_and_a_missing_date_are_refused_in_Swedish()
    {
        var patient = await Samvy.CreatePatientAsync(TestPatients.Anna);
        using var web = new WebSession(Tenants.SamvyUrl);
        await web.LoginAsync(Units.Avd32NalName);
        var (_, view) = await web.GetAsync($"samverkansvy/{patient}");

        var (_, refused) = await web.PostFormAsync($"samverkansvy/{patient}", view, new() { ["Mottagare"] = "Okänd enhet", ["Datum"] = "" });

        refused.Should().Contain("Välj en mottagare i listan.").And.Contain("Ange beräknat utskrivningsdatum (ÅÅÅÅ-MM-DD).")
            .And.Contain("""aria-invalid="true" """).And.NotContain("har skickats");
        (await Samvy.SearchAsync($"Communication?subject=Patient/{patient}")).Should().BeEmpty();
    }
}
