using E2E.Drivers.Directory;
using E2E.Drivers.Samsa;
using E2E.Drivers.Samvy;
using E2E.TestData;

namespace E2E.Drivers;

/// <summary>Admits a patient on a ward, in whichever system the ward works in (arranged through the API).</summary>
public sealed class AdmissionDriver(UnitDirectoryDriver directory, SamsaApiClient samsa, SamvyFhirClient samvy, TenantClock clock)
{
    public async Task<Admission> AdmitPatientAsync(Patient patient, KnownUnit ward)
    {
        if (!ward.IsWard)
            throw new ArgumentException($"{ward.DisplayName} är ingen vårdavdelning; patienter skrivs in på avdelningar.");
        var system = await directory.SystemOfAsync(ward);
        var admittedAt = (await clock.NowAsync()).AddHours(-1);
        if (system == CareSystem.Samsa)
        {
            await samsa.RegisterPatientAsync(patient, ward.HsaId);
            return new Admission(patient, ward, system, await samsa.AdmitAsync(patient, ward.HsaId, admittedAt), null);
        }
        var patientId = await samvy.CreatePatientAsync(patient, ward.HsaId);
        return new Admission(patient, ward, system, await samvy.AdmitAsync(patientId, ward.HsaId, admittedAt), patientId);
    }
}
