using E2E.Drivers.Directory;

namespace E2E.Drivers.Messages;

/// <summary>What a person fills in before sending: the kind, the recipient unit and the kind's own data (a SIP's meeting).</summary>
public sealed record OutgoingMessage(
    MessageKind Kind, KnownUnit Recipient, DateOnly? EstimatedDischarge = null, DateTimeOffset? DischargeTime = null, DateTimeOffset? Meeting = null)
{
    public DateOnly RequiredEstimate => EstimatedDischarge
        ?? throw new InvalidOperationException($"{Kind} till {Recipient.DisplayName} saknar beräknat utskrivningsdatum.");
}
