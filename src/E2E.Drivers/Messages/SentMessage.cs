using E2E.Drivers.Actors;
using E2E.Organisation;

namespace E2E.Drivers.Messages;

/// <summary>A message as sent: by whom, about which admission, from which system to which (per the directory).</summary>
public sealed record SentMessage(OutgoingMessage Message, Admission Admission, Actor Sender, CareSystem SenderSystem, CareSystem RecipientSystem)
{
    public string Direction => CareSystemNames.Direction(SenderSystem, RecipientSystem);
}
