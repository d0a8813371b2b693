using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Drivers.Systems;
using E2E.Organisation;
using E2E.TestData;

namespace E2E.Drivers.Identity;

/// <summary>
/// P07 Reservnummer: the ward identifies a patient admitted under a reserve number in its own system's pages, and the
/// link crosses to the other system (recorded as a direction here, and in the <see cref="MessageTrail"/>). Checks read
/// what a person at the ward sees.
/// </summary>
public sealed class IdentificationDriver(SystemAdapters systems, ActorSessions sessions, DirectionLog directions, MessageTrail trail)
{
    public async Task<Admission> IdentifyAsync(Actor nurse, Admission admission)
    {
        if (admission.Patient.ReserveNumber is null)
            throw new InvalidOperationException($"Patienten {admission.Patient.ShownIdentity} skrevs inte in under ett reservnummer.");
        var system = await systems.SystemOfAsync(nurse.Unit);
        var other = system == CareSystem.Samsa ? CareSystem.Samvy : CareSystem.Samsa;
        directions.Record(system, other);
        trail.Crossed(admission.Patient, $"{nurse.Unit.DisplayName} identifierar patienten {admission.Patient.ShownIdentity} som " +
                                         $"{admission.Patient.DisplayPersonnummer} i {system.Display()}; sammankopplingen går " +
                                         $"{CareSystemNames.Direction(system, other)} via integrationen.");
        var page = await sessions.SignedInAsync(nurse, system);
        return await systems.For<IIdentifying>(system).IdentifyAsync(page, admission);
    }

    /// <summary>The ward's system shows the patient with their name and exactly this identity (personnummer or reserve number with issuer).</summary>
    public async Task ShouldShowAsync(Actor viewer, Patient patient, string because)
    {
        var system = await systems.SystemOfAsync(viewer.Unit);
        var page = await sessions.SignedInAsync(viewer, system);
        var shown = await systems.For<IPatientIdentityView>(system).ShownPatientAsync(page, patient, viewer.Unit);
        var expected = new ShownPatient(patient.FullName, patient.ShownIdentity);
        if (shown != expected)
            throw new BusinessAssertionException(
                $"{system.Display()} på {viewer.Unit.DisplayName} skulle visa {because} som '{expected}', " +
                $"men visar {(shown is null ? "ingen sådan patient" : $"'{shown}'")}.");
    }
}
