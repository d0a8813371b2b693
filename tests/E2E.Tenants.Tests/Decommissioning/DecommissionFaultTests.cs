using System.Net;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Decommissioning;

/// <summary>
/// P13's risk: a SIP still planned after its patient went home (case closed) is forgotten at the shutdown. Working
/// through the decommissioning list must leave nothing active in SAMSA; the fault shows what the suite then sees.
/// </summary>
public sealed class DecommissionFaultTests : DecommissionScenario
{
    // Fault: tappa-aktiva-sip-vid-avveckling
    [TestCase(false)]
    [TestCase(true)]
    public async Task An_active_SIP_of_a_closed_case_is_listed_and_carried_over_unless_the_fault_drops_it(bool faultOn)
    {
        if (faultOn)
        {
            await SwitchFaultAsync("tappa-aktiva-sip-vid-avveckling");
        }
        var (caseId, patientId, sipId) = await AdmitWithSipAsync();
        (await Samsa.Http.PostAsync($"api/arenden/{caseId}/avsluta", null)).EnsureSuccessStatusCode(); // the patient went home
        await GoLiveInSamvyAsync(Units.Avd51Sahlgrenska);

        var listed = References(await BeginAsync(), "aktivaSipar");
        foreach (var sip in listed)
        {
            (await StepAsync($"sipar/{sip.Split(':')[1]}/overfor")).StatusCode.Should().Be(HttpStatusCode.Accepted);
            await CarriedOverToAsync("sip", sip);
        }
        using var readOnly = await StepAsync("skrivskydda");

        readOnly.StatusCode.Should().Be(HttpStatusCode.OK, "everything listed was carried over");
        var leftInSamsa = (await SamsaSipsAsLerumAsync())
            .Where(s => s.GetProperty("system").GetString() == "SAMSA" && s.GetProperty("status").GetString() == "aktiv").ToList();
        var inSamvy = await SamvyCarePlansAsync(patientId);
        if (faultOn)
        {
            listed.Should().BeEmpty("the fault lists only SIPs of open cases");
            leftInSamsa.Should().ContainSingle("the SIP is left active behind a read-only SAMSA")
                .Which.GetProperty("referens").GetString().Should().Be($"SAMSA:{sipId}");
            inSamvy.Should().BeEmpty();
            return;
        }
        listed.Should().Equal($"SAMSA:{sipId}");
        leftInSamsa.Should().BeEmpty();
        inSamvy.Should().ContainSingle().Which.GetProperty("status").GetString().Should().Be("active");
        Extension(inSamvy[0], "overford-fran-samsa").Should().Be($"SAMSA:{sipId}");
    }
}
