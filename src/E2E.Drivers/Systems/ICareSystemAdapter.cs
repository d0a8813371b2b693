using E2E.Drivers.Attempts;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Drivers.Sip;
using E2E.Drivers.Ui;
using E2E.Organisation;
using E2E.TestData;
using Microsoft.Playwright;

namespace E2E.Drivers.Systems;

/// <summary>
/// One system as the processes need it. Each capability is its own small interface, so a process driver asks for
/// exactly what it uses and never for a system by name; SamsaAdapter and SamvyAdapter are the only places that know
/// a system's pages and API.
/// </summary>
public interface ICareSystemAdapter
{
    CareSystem System { get; }
}

/// <summary>Admits a patient on a ward (no person does this in the products' pages: the hospital's own systems do, so the API).</summary>
public interface IAdmitting : ICareSystemAdapter
{
    Task<Admission> AdmitAsync(Patient patient, KnownUnit ward, DateTimeOffset admittedAt);
}

/// <summary>Sends a message of a kind about an admission, and opens a unit's inbox, through the pages as a person would.</summary>
public interface IMessaging : ICareSystemAdapter
{
    Task SendAsync(IPage page, Admission admission, OutgoingMessage message);

    /// <summary>The unit's inbox, showing messages of <paramref name="kind"/> where the system can filter (SAMSA pages its inbox).</summary>
    Task<InboxTable> OpenInboxAsync(IPage page, KnownUnit unit, MessageKind kind);
}

/// <summary>Opens the send form for a kind about an admission and reads the recipients its picker offers, without sending.</summary>
public interface IRecipientPicking : ICareSystemAdapter
{
    Task<IReadOnlyList<OfferedRecipient>> OfferedRecipientsAsync(IPage page, Admission admission, MessageKind kind);
}

/// <summary>Searches the units the system shows through its API (Samvy: FHIR Organization), acting for a unit.</summary>
public interface IUnitSearch : ICareSystemAdapter
{
    Task<IReadOnlyList<OfferedRecipient>> SearchUnitsAsync(string nameContains, KnownUnit actingUnit);
}

/// <summary>Registers a patient in the system's patient register (done by the hospital's own systems: the API).</summary>
public interface IPatientRegistry : ICareSystemAdapter
{
    Task RegisterAsync(Patient patient, KnownUnit actingUnit);
}

/// <summary>How a system shows that the patient has a case open in SAMSA ("SAMSA-ärende pågår"): in the chart and in its API.</summary>
public interface IOngoingCaseView : ICareSystemAdapter
{
    Task<OngoingCaseSigns> OngoingCaseSignsAsync(IPage page, Patient patient, KnownUnit viewerUnit);
}

/// <summary>
/// Calls a SIP for the admitted patient as a person at <paramref name="caller"/> would, in the system's pages; the
/// system may refuse (a SIP already exists), and what the person was told comes back either way.
/// </summary>
public interface ISipCalling : ICareSystemAdapter
{
    Task<Attempt> CallSipAsync(IPage page, Admission admission, KnownUnit caller, SipCall call);
}

/// <summary>The patient's SIPs as a person at <paramref name="viewer"/> sees them listed: the system's own and the other's.</summary>
public interface ISipView : ICareSystemAdapter
{
    Task<IReadOnlyList<SipListing>> SipsAsync(IPage page, Admission admission, KnownUnit viewer);
}

/// <summary>What the chart's banner says (null: nothing) and the active flags the API lists, as "text (author)".</summary>
public sealed record OngoingCaseSigns(string? Banner, IReadOnlyList<string> Flags)
{
    public override string ToString() => $"i bannern {(Banner is null ? "ingenting" : $"'{Banner}'")}, i API:t {(Flags.Count == 0 ? "ingen Flag" : string.Join("; ", Flags))}";
}
