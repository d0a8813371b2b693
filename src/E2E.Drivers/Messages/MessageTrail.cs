using System.Diagnostics;
using System.Globalization;
using E2E.Core.Time;
using E2E.Organisation;
using E2E.TestData;

namespace E2E.Drivers.Messages;

/// <summary>Where in a message's way an entry of the trail was seen.</summary>
public enum TrailStage
{
    /// <summary>What a person sent (or tried to), as the suite filled it in.</summary>
    Sent,
    /// <summary>What the reader found in the receiving system, or did not.</summary>
    Received,
}

/// <summary>One thing the suite did or saw, <see cref="At"/> after the scenario began; <see cref="Problem"/> when it went wrong.</summary>
public sealed record TrailEntry(TimeSpan At, TrailStage Stage, string Text, bool Problem = false);

/// <summary>
/// The scenario's messages between units as the drivers saw them, in order: what was sent and what arrived or did
/// not. Scenario-scoped like <see cref="DirectionLog"/> (the container makes one per scenario). Recording is a list
/// append with no page or network access, so a passing scenario pays nothing; the integration's log is only read
/// once the scenario has failed (<see cref="IntegrationLog"/>).
/// </summary>
public sealed class MessageTrail
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<TrailEntry> _entries = [];
    private readonly List<Patient> _patients = [];
    private readonly List<InboxEntry> _seen = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<TrailEntry> Entries { get { lock (_gate) return [.. _entries]; } }

    /// <summary>The patients the scenario's messages were about: the integration's log is filtered to them.</summary>
    public IReadOnlyList<Patient> Patients { get { lock (_gate) return [.. _patients]; } }

    public bool IsEmpty { get { lock (_gate) return _entries.Count == 0; } }

    /// <summary>The inbox rows the reader found; read again only when the scenario has failed (<see cref="InboxRowsNow"/>).</summary>
    public IReadOnlyList<InboxEntry> Seen { get { lock (_gate) return [.. _seen]; } }

    public void Sent(SentMessage sent) => Add(TrailStage.Sent, sent.Admission.Patient, Describe(sent));

    /// <summary>A message the sender's system refused or that could not be sent: it crossed nothing.</summary>
    public void NotSent(SentMessage tried, string why) =>
        Add(TrailStage.Sent, tried.Admission.Patient, $"{Describe(tried)} – INTE SKICKAT: {why}", problem: true);

    public void Arrived(InboxEntry seen, Patient patient)
    {
        Add(TrailStage.Received, patient, $"{seen.InboxName} visar {seen.Kind.Definite} för patient {patient.ShownIdentity}.");
        lock (_gate) _seen.Add(seen);
    }

    public void ArrivedOnce(InboxEntry seen, Patient patient, TimeSpan window) =>
        Add(TrailStage.Received, patient,
            $"{seen.InboxName} visar {seen.Kind.Definite} för patient {patient.ShownIdentity} en gång under {window.TotalSeconds:0} s.");

    /// <summary>What the reader saw, in the failure's own words (it names the inbox and what it showed).</summary>
    public void NotAsExpected(Patient patient, Exception failure) =>
        Add(TrailStage.Received, patient, FirstLine(failure.Message), problem: true);

    /// <summary>Something else the suite made cross between the systems about the patient (a reserve number identified in P07).</summary>
    public void Crossed(Patient patient, string text) => Add(TrailStage.Sent, patient, text);

    /// <summary>What the scenario did to the way itself (a system taken down in P11), about no patient.</summary>
    public void Happened(string text) => Add(TrailStage.Sent, null, text);

    /// <summary>Something a system showed about the patient that crossed from the other system (a SIP listed in P06, a case sign in P09).</summary>
    public void Shown(Patient patient, string text) => Add(TrailStage.Received, patient, text);

    private void Add(TrailStage stage, Patient? patient, string text, bool problem = false)
    {
        lock (_gate)
        {
            _entries.Add(new TrailEntry(_clock.Elapsed, stage, text, problem));
            if (patient is not null && !_patients.Any(p => p.Personnummer == patient.Personnummer && p.ReserveNumber == patient.ReserveNumber))
                _patients.Add(patient);
        }
    }

    private static string Describe(SentMessage sent)
    {
        var m = sent.Message;
        var way = sent.SenderSystem == sent.RecipientSystem
            ? $"inom {sent.SenderSystem.Display()} (går inte via integrationen)"
            : $"{sent.Direction} via integrationen";
        var details = new List<string>();
        if (m.EstimatedDischarge is { } estimate) details.Add($"beräknat utskrivningsdatum {estimate:yyyy-MM-dd}");
        if (m.DischargeTime is { } discharged) details.Add($"utskrivningstid {Shown(discharged)}");
        if (m.Meeting is { } meeting) details.Add($"mötestid {Shown(meeting)}");
        if (m.Files is { Count: > 0 } files)
            details.Add("filer " + string.Join(", ", files.Select(f => $"{f.Name} ({Attachments.AttachedFile.Bytes(f.Size)})")));
        return $"{m.Kind.Display} från {sent.Sender.Unit.DisplayName} ({sent.SenderSystem.Display()}) till " +
               $"{m.Recipient.DisplayName} [{m.Recipient.HsaId}] ({sent.RecipientSystem.Display()}), {way}, patient {sent.Admission.Patient.ShownIdentity}" +
               (details.Count == 0 ? "." : "; " + string.Join("; ", details) + ".");
    }

    private static string Shown(DateTimeOffset instant) =>
        SwedishTime.ToSwedish(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    // Inbox rows come as tab-separated cells; a dot between them reads better in the report.
    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim().Replace("\t", " · ");
}
