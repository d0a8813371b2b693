using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samsa.Data;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>SAMSA's cases and SIPs as events for Samvy (P06 references, P09 "SAMSA-ärende pågår").</summary>
public static class SharedEvents
{
    public static string CaseReference(int caseId) => $"{SystemNames.Samsa}:{caseId}";

    public static RoutedEvent ForCase(Arende a, string status, string? ownerName = null) => new(
        SystemNames.Samsa, EventObjects.Case, CaseReference(a.Id), a.Personnummer, CaseReference(a.Id), status,
        a.AgareHsaId, ownerName ?? a.AgareHsaId, null, [], status == EventObjects.Closed ? a.Stangt ?? a.Oppnat : a.Oppnat);

    public static RoutedEvent ForSip(Data.Sip sip, string status, DateTime now) => new(
        SystemNames.Samsa, EventObjects.Sip, sip.Reference, sip.Personnummer, CaseReference(sip.ArendeId), status,
        sip.KallandeHsaId, sip.KallandeNamn, sip.Motestid, sip.Participants, now);
}
