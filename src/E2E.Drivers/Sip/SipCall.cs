using E2E.Drivers.Directory;

namespace E2E.Drivers.Sip;

/// <summary>What a person fills in to call a SIP: the meeting time and the participating units.</summary>
public sealed record SipCall(DateTimeOffset Meeting, IReadOnlyList<KnownUnit> Participants);
