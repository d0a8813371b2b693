using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Drivers.Systems;
using E2E.Drivers.Ui;
using E2E.Organisation;
using E2E.TestData;
using Microsoft.Playwright;

namespace E2E.Drivers.Samsa;

/// <summary>SAMSA as the processes use it: the one place that knows SAMSA's pages and REST API.</summary>
public sealed class SamsaAdapter(SamsaApiClient api) : IAdmitting, IMessaging, IPatientRegistry
{
    public CareSystem System => CareSystem.Samsa;

    public async Task<Admission> AdmitAsync(Patient patient, KnownUnit ward, DateTimeOffset admittedAt)
    {
        await api.RegisterPatientAsync(patient, ward.HsaId);
        return new Admission(patient, ward, System, await api.AdmitAsync(patient, ward.HsaId, admittedAt), null);
    }

    public Task RegisterAsync(Patient patient, KnownUnit actingUnit) => api.RegisterPatientAsync(patient, actingUnit.HsaId);

    public async Task SendAsync(IPage page, Admission admission, OutgoingMessage message)
    {
        var patients = new SamsaPatientsPage(page);
        await patients.OpenAsync();
        await patients.OpenCaseAsync(admission.Patient);
        await new SamsaCasePage(page).SendAsync(admission.Patient, message);
    }

    public async Task<InboxTable> OpenInboxAsync(IPage page, KnownUnit unit)
    {
        var inbox = new SamsaInboxPage(page, unit);
        await inbox.OpenAsync();
        return inbox.Inbox;
    }
}
