using E2E.Drivers.Directory;
using E2E.Drivers.Systems;
using E2E.TestData;

namespace E2E.Drivers;

/// <summary>Admits a patient on a ward, in whichever system the ward works in, an hour before now on the tenants' clock.</summary>
public sealed class AdmissionDriver(SystemAdapters systems, TenantClock clock)
{
    public async Task<Admission> AdmitPatientAsync(Patient patient, KnownUnit ward)
    {
        if (!ward.IsWard)
            throw new ArgumentException($"{ward.DisplayName} är ingen vårdavdelning; patienter skrivs in på avdelningar.");
        var admitting = await systems.ForUnitAsync<IAdmitting>(ward);
        return await admitting.AdmitAsync(patient, ward, (await clock.NowAsync()).AddHours(-1));
    }
}
