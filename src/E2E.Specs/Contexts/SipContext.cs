using E2E.Drivers.Actors;
using E2E.Drivers.Attempts;
using E2E.Drivers.Sip;
using E2E.Organisation;

namespace E2E.Specs.Contexts;

/// <summary>The SIPs the scenario called, and its last attempt to call one (what the person was told).</summary>
public sealed class SipContext
{
    public sealed record CalledSip(Actor Caller, CareSystem System, SipCall Call);

    public sealed record SipAttempt(Actor Caller, CareSystem System, Attempt Outcome);

    private readonly List<CalledSip> _called = [];

    public IReadOnlyList<CalledSip> Called => _called;

    public SipAttempt? LastAttempt { get; set; }

    public void Add(CalledSip sip) => _called.Add(sip);

    /// <summary>The latest SIP the unit called in the scenario; a Swedish message when it called none.</summary>
    public CalledSip CalledBy(string unitHsaId, string unitName) =>
        _called.LastOrDefault(s => s.Caller.Unit.HsaId == unitHsaId)
        ?? throw new InvalidOperationException($"Scenariot har inte kallat någon SIP från {unitName} ännu.");

    public SipAttempt RequireAttempt() => LastAttempt ?? throw new InvalidOperationException(
        "Scenariot har inte försökt kalla någon SIP ännu: börja med ett steg som \"… försöker kalla till SIP …\".");
}
