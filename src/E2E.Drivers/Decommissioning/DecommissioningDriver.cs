using System.Diagnostics;
using E2E.Core.Settings;
using E2E.Drivers.Actors;
using E2E.Drivers.Attempts;
using E2E.Drivers.Messages;
using E2E.Drivers.Systems;
using E2E.Organisation;

namespace E2E.Drivers.Decommissioning;

/// <summary>
/// P13: SAMSA's system administrator works through the decommissioning screen. A carry-over is done when Samvy
/// has confirmed it and the object has left SAMSA's lists; that crossing is the process's one direction, SAMSA→Samvy.
/// </summary>
public sealed class DecommissioningDriver(ActorSessions sessions, TenantEndpoints endpoints, DirectionLog directions, PlaywrightSettings settings)
{
    public static Actor Administrator => Staff.SamsaAdministrator;

    public async Task BeginAsync() => Require(await (await ScreenAsync()).BeginAsync(), "påbörja avvecklingen");

    public async Task<DecommissioningView> ReadAsync() => await (await ScreenAsync()).ReadAsync();

    /// <summary>Presses "För över till Samvy" on every listed case and SIP, then waits until Samvy has confirmed each.</summary>
    public async Task<DecommissioningView> CarryOverEverythingAsync()
    {
        var screen = await ScreenAsync();
        var listed = await screen.ReadAsync();
        foreach (var open in listed.OpenCases.Where(c => !c.CarryOverAsked))
            Require(await screen.CarryOverAsync(SamsaDecommissioningScreen.OpenCasesTable, open.Reference), $"föra över {open}");
        foreach (var sip in listed.ActiveSips.Where(s => !s.CarryOverAsked))
            Require(await screen.CarryOverAsync(SamsaDecommissioningScreen.ActiveSipsTable, sip.Reference), $"föra över {sip}");
        directions.Record(CareSystem.Samsa, CareSystem.Samvy);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await screen.OpenAsync(); // a fresh look: Samvy's confirmations arrive through the integration
            var view = await screen.ReadAsync();
            if (!view.AwaitsSamvy) return view;
            if (clock.Elapsed > settings.Timeouts.MessageDelivery)
                throw new BusinessAssertionException(
                    $"Samvy bekräftade inte överföringen inom {settings.Timeouts.MessageDelivery.TotalSeconds:0} s. Avvecklingen visar: {view}.");
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    public async Task<Attempt> TryMakeReadOnlyAsync() => await (await ScreenAsync()).MakeReadOnlyAsync();

    private async Task<SamsaDecommissioningScreen> ScreenAsync()
    {
        var screen = new SamsaDecommissioningScreen(await sessions.SignedInAsync(Administrator, CareSystem.Samsa), endpoints.BaseUrlOf(CareSystem.Samsa));
        await screen.OpenAsync();
        return screen;
    }

    private static void Require(Attempt attempt, string what)
    {
        if (!attempt.Succeeded)
            throw new BusinessAssertionException($"{Administrator.Description} kunde inte {what} i SAMSA: \"{attempt.Told}\".");
    }
}
