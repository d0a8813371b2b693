using E2E.Core.Time;
using E2E.Drivers.Attempts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Sip;

/// <summary>
/// "Kalla till SIP" as both systems show it: Mötestid, Deltagande enheter, the button, then either the receipt or a
/// refusal ("SIP:en kallades inte. …"). <paramref name="called"/> is what the system shows when the SIP was called.
/// </summary>
public sealed class SipForm(ILocator scope, string where, ILocator called)
{
    public async Task<Attempt> FillAndCallAsync(SipCall call)
    {
        await scope.GetByLabel("Mötestid", new() { Exact = true }).Describe($"fältet Mötestid i {where}")
            .FillAsync(SwedishTime.ToSwedish(call.Meeting).ToString("yyyy-MM-dd'T'HH:mm"));
        await scope.GetByLabel("Deltagande enheter", new() { Exact = true }).Describe($"listan Deltagande enheter i {where}")
            .SelectOptionAsync(call.Participants.Select(u => new SelectOptionValue { Value = u.HsaId }));
        await scope.GetByRole(AriaRole.Button, new() { Name = "Kalla till SIP", Exact = true }).Describe($"knappen Kalla till SIP i {where}").ClickAsync();

        var refused = scope.GetByRole(AriaRole.Alert).Describe($"felrutan i {where}");
        await Expect(called.Or(refused).First).ToBeVisibleAsync();
        return await refused.CountAsync() > 0
            ? new Attempt(false, (await refused.First.InnerTextAsync()).Trim())
            : new Attempt(true, (await called.First.InnerTextAsync()).Trim());
    }
}
