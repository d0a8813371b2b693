using E2E.Drivers.Directory;
using E2E.Organisation;
using E2E.Drivers.Ui;
using Microsoft.Playwright;

namespace E2E.Drivers.Messages;

/// <summary>
/// A message row found in a unit's inbox, where it was found (for messages about it), and every row that matches
/// the same message (to see that it arrived once).
/// </summary>
public sealed record InboxEntry(KnownUnit Unit, CareSystem System, InboxTable Table, ILocator Row, MessageKind Kind, ILocator Matching)
{
    public string InboxName => $"Inkorgen för {Unit.DisplayName} i {System.Display()}";

    /// <summary>Opens the message from its row, as the reader would.</summary>
    public Task OpenAsync() =>
        Row.GetByRole(AriaRole.Link, new() { Name = Kind.Display }).Describe($"länken till {Kind.Definite}").First.ClickAsync();
}
