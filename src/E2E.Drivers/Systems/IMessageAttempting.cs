using E2E.Drivers.Attempts;
using E2E.Drivers.Messages;
using Microsoft.Playwright;

namespace E2E.Drivers.Systems;

/// <summary>
/// Sends a message through the pages as a person would, when the system may refuse it (P08: a file of a type it does
/// not take, or too large); what the person was told comes back either way.
/// </summary>
public interface IMessageAttempting : ICareSystemAdapter
{
    Task<Attempt> TrySendAsync(IPage page, Admission admission, OutgoingMessage message);
}
