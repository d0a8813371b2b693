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

namespace E2E.Drivers.Samsa;

/// <summary>SAMSA as the processes use it: the one place that knows SAMSA's pages and REST API.</summary>
public sealed class SamsaAdapter(SamsaApiClient api, TenantEndpoints endpoints)
    : IAdmitting, IMessaging, IPatientRegistry, ISipCalling, ISipView, IRecipientPicking, IInboxAccess, IMessageAttempting,
      IIdentifying, IPatientIdentityView
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
        await (await OpenCaseAsync(page, admission)).SendAsync(admission.Patient, message);
    }

    public async Task<Attempt> TrySendAsync(IPage page, Admission admission, OutgoingMessage message) =>
        await (await (await OpenCaseAsync(page, admission)).OpenFormAsync(admission.Patient, message.Kind)).TryFillAndSendAsync(message, "Skicka");

    public async Task<IReadOnlyList<OfferedRecipient>> OfferedRecipientsAsync(IPage page, Admission admission, MessageKind kind) =>
        await (await (await OpenCaseAsync(page, admission)).OpenFormAsync(admission.Patient, kind)).OfferedRecipientsAsync();

    public async Task<Attempt> CallSipAsync(IPage page, Admission admission, KnownUnit caller, SipCall call) =>
        await (await OpenCaseAsync(page, admission)).CallSipAsync(admission.Patient, call);

    public async Task<IReadOnlyList<SipListing>> SipsAsync(IPage page, Admission admission, KnownUnit viewer) =>
        await (await OpenCaseAsync(page, admission)).SipsAsync(admission.Patient);

    public async Task<Admission> IdentifyAsync(IPage page, Admission admission)
    {
        await (await OpenCaseAsync(page, admission)).IdentifyAsync(admission.Patient);
        return admission with { Patient = admission.Patient.Identified() };
    }

    public async Task<ShownPatient?> ShownPatientAsync(IPage page, Patient patient, KnownUnit ward)
    {
        var patients = new SamsaPatientsPage(page);
        await patients.OpenAsync();
        return await patients.ShownPatientAsync(patient);
    }

    // A SAMSA case is reached from the unit's patient list, as its staff would.
    private static async Task<SamsaCasePage> OpenCaseAsync(IPage page, Admission admission)
    {
        var patients = new SamsaPatientsPage(page);
        await patients.OpenAsync();
        await patients.OpenCaseAsync(admission.Patient);
        return new SamsaCasePage(page);
    }

    public async Task<InboxTable> OpenInboxAsync(IPage page, KnownUnit unit, MessageKind kind)
    {
        var inbox = new SamsaInboxPage(page, unit);
        await inbox.OpenAsync(kind);
        return inbox.Inbox;
    }

    // No menu leads to another unit's inbox: the person types its address (?enhet=), as a shared link would carry it.
    public Task<Attempt> TryOpenInboxOfAsync(IPage page, KnownUnit otherUnit) =>
        AddressAttempt.OpenAsync(page, new Uri(endpoints.BaseUrlOf(System), $"inkorg?enhet={Uri.EscapeDataString(otherUnit.HsaId)}"));

    public Task<ApiAttempt> TryReadInboxThroughApiAsync(KnownUnit actingUnit, KnownUnit otherUnit) =>
        api.TryReadInboxAsync(actingUnit.HsaId, otherUnit.HsaId);
}
