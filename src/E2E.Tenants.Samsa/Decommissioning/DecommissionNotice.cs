using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samsa.Decommissioning;

/// <summary>
/// What users are told about the decommissioning: the banner text and the refusals of new work and writes. Scoped: the
/// phase is read once per request, however many places (guard, layout, page) ask.
/// </summary>
public sealed class DecommissionNotice(SamsaDb db)
{
    private Task<Avvecklingslage?>? state;

    public Task<Avvecklingslage?> StateAsync(CancellationToken ct) =>
        state ??= db.Avveckling.AsNoTracking().SingleOrDefaultAsync(ct);

    /// <summary>True once SAMSA is read-only: then not even opening a page may change anything.</summary>
    public async Task<bool> IsReadOnlyAsync(CancellationToken ct) => (await StateAsync(ct))?.Skrivskyddad is not null;

    /// <summary>The banner on every page; null while SAMSA is in normal operation.</summary>
    public async Task<string?> BannerAsync(CancellationToken ct) => await StateAsync(ct) switch
    {
        null => null,
        { Skrivskyddad: { } since } => ReadOnlyText(since),
        { Paborjad: var since } => $"SAMSA avvecklas sedan {SwedishTime.Display(since)}. Nya vårdtillfällen och SIP:ar skapas i Samvy; aktiva ärenden och SIP:ar förs över eller avslutas.",
    };

    /// <summary>
    /// Why a new stay or SIP is refused, or null when SAMSA still takes new work. Only asked by writes, which the
    /// read-only guard has already refused once SAMSA is read-only.
    /// </summary>
    public async Task<string?> NewWorkRefusalAsync(CancellationToken ct) => await StateAsync(ct) is { } decommissioning
        ? $"SAMSA avvecklas sedan {SwedishTime.Display(decommissioning.Paborjad)}: nya vårdtillfällen och SIP:ar skapas i Samvy."
        : null;

    public static string ReadOnlyText(DateTime since) =>
        $"SAMSA är avvecklat och skrivskyddat sedan {SwedishTime.Display(since)}. Uppgifterna går att läsa men inte ändra; arbeta i Samvy.";
}
