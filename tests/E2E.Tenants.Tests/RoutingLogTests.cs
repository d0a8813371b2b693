using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

/// <summary>
/// The routing log a failing scenario shows as "what the integration carried": filtered to the scenario's own
/// patients on the shared tenant, with the content as carried (after a fault changed it).
/// </summary>
public sealed class RoutingLogTests : TenantsTestBase
{
    [Test]
    public async Task The_log_filtered_to_one_patient_shows_only_that_patients_messages_with_the_content_carried()
    {
        await SwitchFaultAsync("inskrivning-saknar-uppgifter");
        var anna = await Samvy.CreatePatientAsync(TestPatients.Anna);
        var bo = await Samvy.CreatePatientAsync(TestPatients.Bo);
        var annasStay = await Samvy.CreateEncounterAsync(anna, Units.Avd32Nal);
        var bosStay = await Samvy.CreateEncounterAsync(bo, Units.Avd32Nal);
        using var toAnna = await Samvy.SendAdmissionNoticeAsync(anna, annasStay, Units.Avd32Nal, Units.Lerum, TestClock.Day(3));
        using var toBo = await Samvy.SendAdmissionNoticeAsync(bo, bosStay, Units.Avd32Nal, Units.Lerum, TestClock.Day(4));
        await Eventually.UntilAsync(RoutedAsync, log => log.Length == 2);

        var annas = await Integration.GetFromJsonAsync<JsonElement[]>("_sim/meddelanden?patient=19400104-2383") ?? [];

        var carried = annas.Should().ContainSingle().Subject;
        carried.GetProperty("patient").GetString().Should().Be("19400104-2383");
        carried.GetProperty("typ").GetString().Should().Be("inskrivningsmeddelande");
        carried.GetProperty("fran").GetString().Should().Be("Samvy");
        carried.GetProperty("till").GetString().Should().Be("SAMSA");
        carried.GetProperty("adress").GetString().Should().BeEmpty("the fault dropped the address on the way");
        carried.GetProperty("beraknatUtskrivningsdatum").ValueKind.Should().Be(JsonValueKind.Null);
        (await Integration.GetFromJsonAsync<JsonElement[]>("_sim/meddelanden?patient=194001079120&patient=19400104-2383"))
            .Should().HaveCount(2, "either form of a personnummer finds the patient");
        (await Integration.GetFromJsonAsync<JsonElement[]>("_sim/meddelanden?patient=19121212-1212"))
            .Should().BeEmpty("a patient the integration never carried has no trail");
    }
}
