using E2E.Drivers.Ui;
using Microsoft.Playwright;

namespace E2E.Drivers.Attachments;

/// <summary>
/// The "Bilagor" table on a message page (the same columns in both systems: Fil, Filtyp, Storlek, SHA-256); each
/// file is downloaded by clicking its name, as the receiver would.
/// </summary>
public sealed class AttachmentList(IPage page, string description)
{
    public async Task<IReadOnlyList<ReceivedFile>> ReadAndDownloadAsync()
    {
        // The message's details show first; without files the page has no "Bilagor" table at all.
        await new MessagePage(page, description).ValueOfAsync("Status");
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Bilagor" }).Describe($"bilagorna i {description}");
        if (await table.CountAsync() == 0) return [];
        var files = new List<ReceivedFile>();
        var rows = table.Locator("tbody").GetByRole(AriaRole.Row);
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var cells = await rows.Nth(i).GetByRole(AriaRole.Cell).AllInnerTextsAsync();
            var link = rows.Nth(i).GetByRole(AriaRole.Link).Describe($"länken till bilaga {i + 1} i {description}");
            // A file of up to 10 MB comes down in more than the usual few seconds on a busy machine.
            var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync(), new() { Timeout = 60_000 });
            await using var stream = await download.CreateReadStreamAsync();
            using var saved = new MemoryStream();
            await stream.CopyToAsync(saved);
            files.Add(new ReceivedFile(cells[0].Trim(), cells[1].Trim(), cells[2].Trim(), cells[3].Trim(), download.SuggestedFilename, saved.ToArray()));
        }
        return files;
    }
}
