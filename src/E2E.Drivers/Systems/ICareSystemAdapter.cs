using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
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

    Task<InboxTable> OpenInboxAsync(IPage page, KnownUnit unit);
}
