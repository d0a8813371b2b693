using E2E.Drivers.Directory;
using E2E.Drivers.Messages;

namespace E2E.Specs.Contexts;

/// <summary>The messages the scenario sent, and the one it last saw in an inbox ("meddelandet" in the next step).</summary>
public sealed class MessageContext
{
    private readonly List<SentMessage> _sent = [];

    public IReadOnlyList<SentMessage> Sent => _sent;

    public InboxEntry? Seen { get; set; }

    public void Add(SentMessage message) => _sent.Add(message);

    /// <summary>P07: the patient was identified; what was sent about the stay now belongs to the identified patient.</summary>
    public void Follow(Drivers.Admission before, Drivers.Admission after)
    {
        for (var i = 0; i < _sent.Count; i++)
            if (_sent[i].Admission == before) _sent[i] = _sent[i] with { Admission = after };
    }

    /// <summary>The latest message of the kind sent to the unit; a Swedish message when the scenario sent none.</summary>
    public SentMessage LastSent(MessageKind kind, KnownUnit recipient) =>
        _sent.LastOrDefault(m => m.Message.Kind == kind && m.Message.Recipient.HsaId == recipient.HsaId)
        ?? throw new InvalidOperationException(
            $"Scenariot har inte skickat något {kind.Display.ToLowerInvariant()} till {recipient.BusinessName}." +
            (_sent.Count == 0 ? "" : $" Skickat: {string.Join("; ", _sent.Select(m => $"{m.Message.Kind} till {m.Message.Recipient.BusinessName}"))}."));

    /// <summary>The latest message of the kind, to whomever it went.</summary>
    public SentMessage LastSent(MessageKind kind) =>
        _sent.LastOrDefault(m => m.Message.Kind == kind)
        ?? throw new InvalidOperationException($"Scenariot har inte skickat något {kind.Display.ToLowerInvariant()}.");

    public InboxEntry RequireSeen() => Seen ?? throw new InvalidOperationException(
        "Scenariot har inte sett något meddelande i en inkorg ännu: börja med ett steg som letar i en inkorg.");
}
