using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Messaging;

namespace E2E.Tenants.Samsa.Api;

/// <summary>A notice as SAMSA's API shows it: in an inbox, on its own, or in a case timeline.</summary>
public sealed record NoticeView(
    int Id, string Typ, string TypKod, bool Uppdatering, string Personnummer, string Patientnamn, string Adress,
    DateOnly? BeraknatUtskrivningsdatum, DateTimeOffset? Tidpunkt, IReadOnlyList<string> Deltagare,
    string Avsandare, string AvsandareHsaId, string Mottagare, string MottagareHsaId, string? Arende,
    DateTimeOffset Skickad, DateTimeOffset? Mottagen, string Status,
    DateTimeOffset? Levererad, DateTimeOffset? Last, DateTimeOffset? Kvitterad, IReadOnlyList<AttachmentView> Bilagor)
{
    public static NoticeView From(Meddelande m) => new(
        m.Id, m.DisplayType(), m.Typ, m.Uppdatering, E2E.Tenants.Integration.Contracts.Personnummer.Display(m.Personnummer), m.Patientnamn, m.Adress,
        m.BeraknatUtskrivningsdatum, Swedish(m.Tidpunkt), m.DeltagarLista,
        m.AvsandareNamn, m.AvsandareHsaId, m.MottagareNamn, m.MottagareHsaId, m.ArendeReferens,
        SwedishTime.ToSwedish(m.Skickad), Swedish(m.Mottagen), m.Status,
        Swedish(m.Levererad), Swedish(m.Last), Swedish(m.Kvitterad), [.. m.Bilagor.OrderBy(b => b.Id).Select(AttachmentView.From)]);

    private static DateTimeOffset? Swedish(DateTime? utc) => utc is { } t ? SwedishTime.ToSwedish(t) : null;
}

/// <summary>A file on a notice as the API lists it; the content is at api/meddelanden/{id}/bilagor/{bilagaId}.</summary>
public sealed record AttachmentView(int Id, string Namn, string Innehallstyp, long Storlek, string Sha256)
{
    public static AttachmentView From(Bilaga b) => new(b.Id, b.Namn, b.Innehallstyp, b.Storlek, b.Sha256);
}
