using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Identity;

/// <summary>Fault reservnummer-utan-oid: the same value under another issuer is linked with the wrong person.</summary>
public sealed class ReserveNumberFaultTests : TenantsTestBase
{
    private static readonly TestPatient Real = TestPatients.Bo;
    private ReservePatients Reserve => new(Samsa, Samvy);

    // Fault: reservnummer-utan-oid
    [TestCase(true)]
    [TestCase(false)]
    public async Task Another_issuers_patient_with_the_same_value_stays_apart_unless_the_fault_is_on(bool faultOn)
    {
        await SwitchFaultAsync("reservnummer-utan-oid", faultOn);
        await Reserve.AdmitInSamsaAsync(ReservePatient.Unknown, Units.Avd51Sahlgrenska);
        await Reserve.AdmitInSamsaAsync(ReservePatient.SameValueElsewhere, Units.Avd51Sahlgrenska);
        var (otherInSamvy, _) = await Reserve.AdmitInSamvyAsync(ReservePatient.SameValueElsewhere, Units.Avd32Nal);
        await Reserve.AdmitInSamvyAsync(ReservePatient.Unknown, Units.Avd32Nal);

        var link = await Reserve.LinkInSamsaAsync(ReservePatient.Unknown, Real.Personnummer);

        var cases = await Samsa.Http.GetFromJsonAsync<JsonElement[]>($"api/arenden?enhetHsaId={Units.Avd51Sahlgrenska}");
        var identified = await Eventually.UntilAsync(() => Reserve.SamvyPatientsAsync(SamvyFhir.PersonnummerSystem, Real.Personnummer), p => p.Length == 1);
        var other = await Reserve.SamvyPatientsAsync(ReservePatient.SameValueElsewhere.System, ReservePatient.SameValueElsewhere.Value);
        var otherId = other.Single().GetProperty("id").GetString();
        var refiled = link.GetProperty("omkopplade").EnumerateArray().Select(e => e.GetString()).ToArray();
        if (faultOn)
        {
            refiled.Should().HaveCount(2);
            cases!.Select(c => c.GetProperty("personnummer").GetString()).Should().Equal(Real.Display, Real.Display);
            otherId.Should().Be(identified.Single().GetProperty("id").GetString(), "the fault merges the other issuer's patient");
        }
        else
        {
            refiled.Should().Equal(ReservePatient.Unknown.Display);
            cases!.Select(c => c.GetProperty("personnummer").GetString()).Should()
                .BeEquivalentTo([Real.Display, ReservePatient.SameValueElsewhere.Display]);
            otherId.Should().Be(otherInSamvy).And.NotBe(identified.Single().GetProperty("id").GetString());
        }
    }
}
