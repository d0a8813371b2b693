using E2E.Drivers.Directory;

namespace E2E.Drivers.Messages;

/// <summary>What a person fills in before sending: the kind, the recipient unit, the kind's own data (a SIP's meeting) and any files.</summary>
public sealed record OutgoingMessage(
    MessageKind Kind, KnownUnit Recipient, DateOnly? EstimatedDischarge = null, DateTimeOffset? DischargeTime = null, DateTimeOffset? Meeting = null,
    IReadOnlyList<Attachments.AttachedFile>? Files = null)
{
    public DateOnly RequiredEstimate => EstimatedDischarge
        ?? throw new InvalidOperationException($"{Kind} till {Recipient.DisplayName} saknar beräknat utskrivningsdatum.");
}
