using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Events;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Samsa.Sip;

/// <summary>
/// A SIP as SAMSA shows it: its own (system "SAMSA") or a reference to one in Samvy. <c>referens</c> is "System:id";
/// <c>arende</c> the case it belongs to; <c>deltagare</c> HSA-ids of the participating units.
/// </summary>
public sealed record SipView(
    string Referens, string System, string Arende, string Personnummer, string Kallande, string KallandeHsaId,
    DateTimeOffset Motestid, IReadOnlyList<string> Deltagare, string Status)
{
    public static SipView From(Data.Sip s) => new(
        s.Reference, "SAMSA", Messaging.SharedEvents.CaseReference(s.ArendeId),
        E2E.Tenants.Integration.Contracts.Personnummer.Display(s.Personnummer), s.KallandeNamn, s.KallandeHsaId,
        SwedishTime.ToSwedish(s.Motestid), s.Participants, s.Status)
    {
        OverfordTill = s.OverfordTill,
    };

    /// <summary>Where a SAMSA SIP went at decommissioning ("Samvy:id"); null otherwise.</summary>
    public string? OverfordTill { get; init; }

    public static SipView From(ExternalReference r) => new(
        r.Objekt, r.System, r.Arende, E2E.Tenants.Integration.Contracts.Personnummer.Display(r.Personnummer), r.EnhetNamn,
        r.EnhetHsaId, SwedishTime.ToSwedish(r.Motestid ?? r.Tidpunkt), r.Participants, r.Status);
}
