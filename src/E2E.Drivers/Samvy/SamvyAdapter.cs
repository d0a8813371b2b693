using E2E.Core.Settings;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Drivers.Systems;
using E2E.Drivers.Ui;
using E2E.Organisation;
using E2E.TestData;
using Microsoft.Playwright;

namespace E2E.Drivers.Samvy;

/// <summary>Samvy as the processes use it: the one place that knows Samvy's chart, collaboration view and FHIR API.</summary>
public sealed class SamvyAdapter(SamvyFhirClient api, TenantEndpoints endpoints) : IAdmitting, IMessaging, IPatientRegistry, IOngoingCaseView
{
    public CareSystem System => CareSystem.Samvy;

    private Uri BaseUrl => endpoints.BaseUrlOf(System);

    public async Task<Admission> AdmitAsync(Patient patient, KnownUnit ward, DateTimeOffset admittedAt)
    {
        var patientId = await api.CreatePatientAsync(patient, ward.HsaId);
        return new Admission(patient, ward, System, await api.AdmitAsync(patientId, ward.HsaId, admittedAt), patientId);
    }

    public async Task RegisterAsync(Patient patient, KnownUnit actingUnit) => await api.CreatePatientAsync(patient, actingUnit.HsaId);

    public async Task<OngoingCaseSigns> OngoingCaseSignsAsync(IPage page, Patient patient, KnownUnit viewerUnit)
    {
        var patientId = await api.FindPatientIdAsync(patient, viewerUnit.HsaId)
                        ?? throw new InvalidOperationException($"Samvy har ingen patient {patient.DisplayPersonnummer}.");
        var chart = new SamvyPatientChartPage(page, BaseUrl);
        await chart.OpenAsync(patientId, patient);
        return new OngoingCaseSigns(await chart.OngoingCaseBannerAsync(), await api.FlagsAsync(patient, viewerUnit.HsaId));
    }

    public async Task SendAsync(IPage page, Admission admission, OutgoingMessage message)
    {
        var chart = new SamvyPatientChartPage(page, BaseUrl);
        await chart.OpenAsync(admission.SamvyPatientId!, admission.Patient);
        await chart.SendAsync(message);
    }

    public async Task<InboxTable> OpenInboxAsync(IPage page, KnownUnit unit)
    {
        var center = new SamvyMessageCenterPage(page, BaseUrl, unit);
        await center.OpenAsync();
        return center.Inbox;
    }
}
