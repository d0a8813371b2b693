using System.Diagnostics;
using E2E.Core.Settings;
using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Drivers.Systems;
using E2E.Organisation;
using E2E.TestData;

namespace E2E.Drivers.Cases;

/// <summary>
/// P09: what a person in the other system sees of a patient's open SAMSA case, in the chart and in the API. The
/// sign arrives through the integration, so it is waited for (bounded by the delivery timeout), never slept for; what
/// was seen goes into the <see cref="MessageTrail"/>.
/// </summary>
public sealed class OngoingCaseDriver(
    SystemAdapters systems, ActorSessions sessions, DirectionLog directions, MessageTrail trail, PlaywrightSettings settings)
{
    public async Task ShouldShowAsync(Actor viewer, Patient patient, KnownUnit ward)
    {
        // The case crosses from the ward's system to the viewer's: that is the direction this check proves.
        directions.Record(await systems.SystemOfAsync(ward), await systems.SystemOfAsync(viewer.Unit));
        await WaitForAsync(viewer, patient, s => (s.Banner?.Contains(ward.DisplayName) ?? false) && s.Flags.Any(f => f.Contains(ward.DisplayName)),
            $"visa \"SAMSA-ärende pågår\" ({ward.DisplayName}) i patientbannern och som Flag i API:t");
    }

    public Task ShouldShowNoneAsync(Actor viewer, Patient patient) =>
        WaitForAsync(viewer, patient, s => s.Banner is null && s.Flags.Count == 0, "inte längre visa något \"SAMSA-ärende pågår\"");

    private async Task WaitForAsync(Actor viewer, Patient patient, Func<OngoingCaseSigns, bool> expected, string expectation)
    {
        var system = await systems.SystemOfAsync(viewer.Unit);
        var view = systems.For<IOngoingCaseView>(system);
        var page = await sessions.SignedInAsync(viewer, system);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var signs = await view.OngoingCaseSignsAsync(page, patient, viewer.Unit);
            if (expected(signs))
            {
                trail.Shown(patient, $"{system.Display()} ({viewer.Description}) visar för patient {patient.ShownIdentity}: {signs}.");
                return;
            }
            if (clock.Elapsed > settings.Timeouts.MessageDelivery)
            {
                var failure = new BusinessAssertionException(
                    $"{system.Display()} skulle för patient {patient.ShownIdentity} ({viewer.Description}) {expectation} " +
                    $"inom {settings.Timeouts.MessageDelivery.TotalSeconds:0} s, men visar {signs}.");
                trail.NotAsExpected(patient, failure);
                throw failure;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }
}
