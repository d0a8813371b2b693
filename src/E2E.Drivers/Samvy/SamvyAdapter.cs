using System.Diagnostics;
using E2E.Core.Settings;
using E2E.Drivers.Attempts;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Drivers.Sip;
using E2E.Drivers.Systems;
using E2E.Drivers.Ui;
using E2E.Organisation;
using E2E.TestData;
using Microsoft.Playwright;

namespace E2E.Drivers.Samvy;

/// <summary>Samvy as the processes use it: the one place that knows Samvy's chart, collaboration view and FHIR API.</summary>
public sealed class SamvyAdapter(SamvyFhirClient api, TenantEndpoints endpoints, PlaywrightSettings settings)
    : IAdmitting, IMessaging, IPatientRegistry, IOngoingCaseView, ISipCalling, ISipView, IRecipientPicking, IUnitSearch, IInboxAccess,
      IMessageAttempting, IIdentifying, IPatientIdentityView
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
        var chart = await OpenChartAsync(page, patient, viewerUnit);
        return new OngoingCaseSigns(await chart.OngoingCaseBannerAsync(), await api.FlagsAsync(patient, viewerUnit.HsaId));
    }

    public async Task<Attempt> CallSipAsync(IPage page, Admission admission, KnownUnit caller, SipCall call)
    {
        var chart = await OpenChartAsync(page, admission.Patient, caller);
        // The caller's own stay, or the patient's SAMSA case, which Samvy learns of through the integration: wait for it.
        var caseLabel = admission.System == System && admission.Ward.HsaId == caller.HsaId
            ? "Vårdkontakten på" : $"SAMSA-ärende på {admission.Ward.DisplayName}";
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await chart.CallSipAsync(caseLabel, call) is { } attempt) return attempt;
            if (clock.Elapsed > settings.Timeouts.MessageDelivery)
                throw new InvalidOperationException(
                    $"Samvys formulär Kalla till SIP erbjuder inget ärende \"{caseLabel}\" för patient {admission.Patient.ShownIdentity} " +
                    $"inom {settings.Timeouts.MessageDelivery.TotalSeconds:0} s.");
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            chart = await OpenChartAsync(page, admission.Patient, caller);
        }
    }

    public async Task<IReadOnlyList<SipListing>> SipsAsync(IPage page, Admission admission, KnownUnit viewer) =>
        await (await OpenChartAsync(page, admission.Patient, viewer)).SipsAsync();

    public async Task<Admission> IdentifyAsync(IPage page, Admission admission)
    {
        var chart = await OpenChartAsync(page, admission.Patient, admission.Ward);
        var identified = admission.Patient.Identified();
        return admission with { Patient = identified, SamvyPatientId = await chart.IdentifyAsync(identified) };
    }

    // Samvy has no list of a ward's patients: the person reaches the chart by the patient's identity.
    public async Task<ShownPatient?> ShownPatientAsync(IPage page, Patient patient, KnownUnit ward) =>
        await api.FindPatientIdAsync(patient, ward.HsaId) is { } patientId
            ? await new SamvyPatientChartPage(page, BaseUrl).ReadBannerAsync(patientId)
            : null;

    private async Task<SamvyPatientChartPage> OpenChartAsync(IPage page, Patient patient, KnownUnit unit)
    {
        var patientId = await api.FindPatientIdAsync(patient, unit.HsaId)
                        ?? throw new InvalidOperationException($"Samvy har ingen patient {patient.ShownIdentity}.");
        var chart = new SamvyPatientChartPage(page, BaseUrl);
        await chart.OpenAsync(patientId, patient);
        return chart;
    }

    public async Task SendAsync(IPage page, Admission admission, OutgoingMessage message) =>
        await (await OpenFormAsync(page, admission, message.Kind)).FillAndSendAsync(message, message.Kind.Action);

    public async Task<Attempt> TrySendAsync(IPage page, Admission admission, OutgoingMessage message) =>
        await (await OpenFormAsync(page, admission, message.Kind)).TryFillAndSendAsync(message, message.Kind.Action);

    public async Task<IReadOnlyList<OfferedRecipient>> OfferedRecipientsAsync(IPage page, Admission admission, MessageKind kind) =>
        await (await OpenFormAsync(page, admission, kind)).OfferedRecipientsAsync();

    // The collaboration view of the admitted patient's chart, on the kind's form.
    private async Task<MessageForm> OpenFormAsync(IPage page, Admission admission, MessageKind kind)
    {
        var chart = new SamvyPatientChartPage(page, BaseUrl);
        await chart.OpenAsync(admission.SamvyPatientId!, admission.Patient);
        return await chart.OpenFormAsync(kind);
    }

    public Task<IReadOnlyList<OfferedRecipient>> SearchUnitsAsync(string nameContains, KnownUnit actingUnit) =>
        api.SearchOrganizationsAsync(nameContains, actingUnit.HsaId);

    // The message centre lists every message on one page: nothing to filter.
    public async Task<InboxTable> OpenInboxAsync(IPage page, KnownUnit unit, MessageKind kind)
    {
        var center = new SamvyMessageCenterPage(page, BaseUrl, unit);
        await center.OpenAsync();
        return center.Inbox;
    }

    // No menu leads to another unit's message centre: the person types its address (?enhet=), as a shared link would carry it.
    public Task<Attempt> TryOpenInboxOfAsync(IPage page, KnownUnit otherUnit) =>
        AddressAttempt.OpenAsync(page, new Uri(BaseUrl, $"meddelandecenter?enhet={Uri.EscapeDataString(otherUnit.HsaId)}"));

    public Task<ApiAttempt> TryReadInboxThroughApiAsync(KnownUnit actingUnit, KnownUnit otherUnit) =>
        api.TryReadInboxAsync(actingUnit.HsaId, otherUnit.HsaId);
}
