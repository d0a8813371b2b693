using System.Security.Claims;
using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>
/// One file of a notice for download, by the API and the message page alike: only the sending or receiving unit
/// may have it (<see cref="UnitAccess"/>).
/// </summary>
public static class AttachmentDownload
{
    public static async Task<IResult> FileAsync(SamsaDb db, int messageId, int attachmentId, ClaimsPrincipal user, SimulationState sim, CancellationToken ct)
    {
        var notice = await db.Meddelanden.AsNoTracking().SingleOrDefaultAsync(m => m.Id == messageId, ct);
        var file = notice?.Bilagor.SingleOrDefault(b => b.Id == attachmentId);
        if (notice is null || file is null)
        {
            return Results.Problem($"Bilaga {attachmentId} finns inte på meddelande {messageId}.", statusCode: 404, title: "Okänd bilaga");
        }
        if (!user.MayReadMessage(notice.AvsandareHsaId, notice.MottagareHsaId, sim))
        {
            return Results.Problem(user.MessageRefusal(), statusCode: 403, title: UnitAccess.Title);
        }
        var content = await db.BilagaInnehall.AsNoTracking().SingleAsync(c => c.BilagaId == file.Id, ct);
        return Results.File(content.Data, file.Innehallstyp, file.Namn);
    }

    public static IEndpointRouteBuilder MapAttachments(this IEndpointRouteBuilder app)
    {
        app.MapGet("api/meddelanden/{id:int}/bilagor/{bilagaId:int}", (int id, int bilagaId, SamsaDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
            FileAsync(db, id, bilagaId, user, sim, ct))
            .WithSummary("Hämta en bilaga till ett meddelande (bara för avsändande eller mottagande enhet)");
        // The same file for the logged-in page (cookie login; the API above takes bearer tokens).
        app.MapGet("meddelanden/{id:int}/bilagor/{bilagaId:int}", (int id, int bilagaId, SamsaDb db, ClaimsPrincipal user, SimulationState sim, CancellationToken ct) =>
            FileAsync(db, id, bilagaId, user, sim, ct))
            .RequireAuthorization().ExcludeFromDescription();
        return app;
    }
}
