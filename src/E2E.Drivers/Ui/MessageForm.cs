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
        var attempt = await TryFillAndSendAsync(message, sendButton);
        if (!attempt.Succeeded)
            throw new BusinessAssertionException($"{where} skickade inte {message.Kind.Definite} till {message.Recipient.DisplayName}: \"{attempt.Told}\".");
    }

    /// <summary>
    /// Fills in and sends; the system either confirms or refuses (a file it does not take), and what the person was
    /// told comes back: the error box and the error beside each field it names.
    /// </summary>
    public async Task<Attempts.Attempt> TryFillAndSendAsync(OutgoingMessage message, string sendButton)
    {
        var recipient = scope.GetByRole(AriaRole.Combobox, new() { Name = "Mottagare" }).Describe($"mottagarvalet i {where}");
        await ComboboxChooser.ChooseAsync(recipient, message.Recipient.DisplayName, where);
        if (message.EstimatedDischarge is { } estimate)
            await Field("Beräknat utskrivningsdatum").FillAsync(estimate.ToString("yyyy-MM-dd"));
        if (message.DischargeTime is { } discharged)
            await Field("Utskrivningstid").FillAsync(SwedishTime.ToSwedish(discharged).ToString("yyyy-MM-dd'T'HH:mm"));
        // Kept until the form is sent: the browser reads the files when it submits.
        using var onDisk = message.Files is { Count: > 0 } files ? new Attachments.FilesOnDisk(files) : null;
        if (onDisk is not null)
            await Field("Bilagor").SetInputFilesAsync(onDisk.Paths, new() { Timeout = UploadTimeout(message.Files!) });
        await scope.GetByRole(AriaRole.Button, new() { Name = sendButton, Exact = true }).Describe($"knappen {sendButton}").ClickAsync();
        var confirmed = scope.GetByRole(AriaRole.Status).Filter(new() { HasText = message.Kind.Confirmation })
            .Describe($"beskedet \"{message.Kind.Confirmation}\" i {where}");
        var refused = scope.GetByRole(AriaRole.Alert).Describe($"felrutan i {where}");
        await Expect(confirmed.Or(refused).First).ToBeVisibleAsync(message.Files is { Count: > 0 } sent ? new() { Timeout = UploadTimeout(sent) } : null);
        if (await refused.CountAsync() == 0) return new Attempts.Attempt(true, (await confirmed.First.InnerTextAsync()).Trim());
        var told = new List<string> { (await refused.First.InnerTextAsync()).Trim() };
        told.AddRange((await scope.Locator(".fel").AllInnerTextsAsync()).Select(t => t.Trim()).Where(t => t.Length > 0));
        return new Attempts.Attempt(false, string.Join(" ", told));
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

    // Files travel encoded to the browser, then to the system and on: a 10 MB file needs more than the usual few seconds.
    private static float UploadTimeout(IReadOnlyList<Attachments.AttachedFile> files) => 10_000 + (files.Sum(f => f.Size) / 1024f / 1024f * 6_000);

    private ILocator Field(string label) => scope.GetByLabel(label, new() { Exact = true }).Describe($"fältet {label} i {where}");
}
