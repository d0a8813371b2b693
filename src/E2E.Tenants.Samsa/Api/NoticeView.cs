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
    DateTimeOffset? Levererad, DateTimeOffset? Last, DateTimeOffset? Kvitterad)
{
    public static NoticeView From(Meddelande m) => new(
        m.Id, m.DisplayType(), m.Typ, m.Uppdatering, E2E.Tenants.Integration.Contracts.Personnummer.Display(m.Personnummer), m.Patientnamn, m.Adress,
        m.BeraknatUtskrivningsdatum, Swedish(m.Tidpunkt), m.DeltagarLista,
        m.AvsandareNamn, m.AvsandareHsaId, m.MottagareNamn, m.MottagareHsaId, m.ArendeReferens,
        SwedishTime.ToSwedish(m.Skickad), Swedish(m.Mottagen), m.Status,
        Swedish(m.Levererad), Swedish(m.Last), Swedish(m.Kvitterad));

    private static DateTimeOffset? Swedish(DateTime? utc) => utc is { } t ? SwedishTime.ToSwedish(t) : null;
}
