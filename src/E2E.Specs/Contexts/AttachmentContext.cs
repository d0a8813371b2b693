using E2E.Drivers.Attachments;

namespace E2E.Specs.Contexts;

/// <summary>P08: the scenario's last attempt to send a message with a file (what the person was told).</summary>
public sealed class AttachmentContext
{
    public AttachmentDriver.Tried? LastAttempt { get; set; }

    public AttachmentDriver.Tried RequireAttempt() => LastAttempt ?? throw new InvalidOperationException(
        "Scenariot har inte försökt skicka någon bilaga ännu: börja med ett steg som \"… försöker skicka … med bilagan …\".");
}
