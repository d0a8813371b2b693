using E2E.Core.Time;
using E2E.Drivers.Messages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Ui;

/// <summary>
/// The send form both systems show for every kind (SAMSA's page, Samvy's collaboration view): "Mottagare", the
/// kind's own fields, a send button and a status line. <paramref name="scope"/> is the page or the view's frame.
/// </summary>
public sealed class MessageForm(ILocator scope, string where)
{
    public async Task FillAndSendAsync(OutgoingMessage message, string sendButton)
    {
        var recipient = scope.GetByRole(AriaRole.Combobox, new() { Name = "Mottagare" }).Describe($"mottagarvalet i {where}");
        await ComboboxChooser.ChooseAsync(recipient, message.Recipient.DisplayName, where);
        if (message.EstimatedDischarge is { } estimate)
            await Field("Beräknat utskrivningsdatum").FillAsync(estimate.ToString("yyyy-MM-dd"));
        if (message.DischargeTime is { } discharged)
            await Field("Utskrivningstid").FillAsync(SwedishTime.ToSwedish(discharged).ToString("yyyy-MM-dd'T'HH:mm"));
        await scope.GetByRole(AriaRole.Button, new() { Name = sendButton, Exact = true }).Describe($"knappen {sendButton}").ClickAsync();
        await Expect(scope.GetByRole(AriaRole.Status).Filter(new() { HasText = message.Kind.Confirmation })
            .Describe($"beskedet \"{message.Kind.Confirmation}\" i {where}")).ToBeVisibleAsync();
    }

    /// <summary>Every recipient the picker offers, with the inbox shown beside it (SAMSA: the option group; Samvy: the option's label).</summary>
    public async Task<IReadOnlyList<Directory.OfferedRecipient>> OfferedRecipientsAsync()
    {
        var recipient = scope.GetByRole(AriaRole.Combobox, new() { Name = "Mottagare" }).Describe($"mottagarvalet i {where}");
        var offered = await recipient.EvaluateAsync<string[][]>(
            @"el => el.tagName === 'SELECT'
                  ? [...el.querySelectorAll('optgroup > option')].map(o => [o.label.trim(), o.parentElement.label.trim()])
                  : [...(el.list ? el.list.options : [])].map(o => [o.value.trim(), o.label.trim()])");
        return [.. offered.Select(o => new Directory.OfferedRecipient(o[0], o[1]))];
    }

    private ILocator Field(string label) => scope.GetByLabel(label, new() { Exact = true }).Describe($"fältet {label} i {where}");
}
