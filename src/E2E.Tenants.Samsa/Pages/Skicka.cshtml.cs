using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>
/// The form that sends one message type from a stay's case (also at /vardtillfallen/{id}/inskrivningsmeddelande).
/// SAMSA lists every unit in the directory as a possible recipient. Typ "andrat-utskrivningsdatum" sends a changed
/// estimate to every unit that got the admission notice.
/// </summary>
public sealed class SkickaModel(CaseStore cases, IntegrationClient directory, NoticeSender sender) : PageModel
{
    public Arende Arende { get; private set; } = null!;
    public IReadOnlyList<RecipientDto> Enheter { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Fel { get; private set; } = new Dictionary<string, string>();
    public bool Skickat { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Typ { get; set; }

    [BindProperty] public string? Mottagare { get; set; }
    [BindProperty] public string? Datum { get; set; }
    [BindProperty] public string? Motestid { get; set; }
    [BindProperty] public string? Utskrivningstid { get; set; }
    [BindProperty] public string? Deltagare { get; set; }
    [BindProperty] public List<IFormFile> Bilagor { get; set; } = [];

    public string Kod => Typ ?? MessageTypes.Admission;
    public bool IsUpdate => Kod == MessageTypes.EstimateUpdate;
    public string Rubrik => IsUpdate ? "Ändra beräknat utskrivningsdatum" : $"Skicka {LowerFirst(MessageTypes.Display(Kod))}";
    public string Kvittens => MessageTypes.SentText(Kod);
    public string Invalid(string field) => Fel.ContainsKey(field) ? "true" : "false";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var outcome = IsUpdate
            ? await sender.UpdateEstimateAsync(Arende, Datum, ct)
            : await sender.SendAsync(Arende, new NoticeRequest(Kod, id, Mottagare, Datum, Motestid, Utskrivningstid, Deltagare?.Split('\n'),
                Bilagor: await UploadsAsync(ct)), null, ct);
        Fel = outcome.Errors;
        Skickat = outcome.Id is not null;
        return Page();
    }

    private async Task<bool> LoadAsync(int stayId, CancellationToken ct)
    {
        var arende = await cases.ForStayAsync(stayId, ct);
        if (arende is null || arende.AgareHsaId != User.UnitHsaId() || !(IsUpdate || MessageTypes.IsKnown(Kod)))
        {
            return false;
        }
        Arende = arende;
        Enheter = await directory.RecipientsAsync(SystemNames.Samsa, ct); // each unit once, with its inbox today
        return true;
    }

    private async Task<List<AttachmentUpload>> UploadsAsync(CancellationToken ct)
    {
        var uploads = new List<AttachmentUpload>();
        foreach (var file in Bilagor.Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            uploads.Add(new AttachmentUpload(Path.GetFileName(file.FileName), file.ContentType, buffer.ToArray()));
        }
        return uploads;
    }

    private static string LowerFirst(string text) => char.ToLowerInvariant(text[0]) + text[1..];
}
