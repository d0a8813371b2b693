using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samsa.Data;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>What SAMSA checks before an admission notice may leave; messages in Swedish, keyed by field.</summary>
public static class AdmissionNoticeRules
{
    public static Dictionary<string, string> Check(string? mottagareHsaId, UnitDto? recipient, DateOnly? datum, Vardtillfalle stay)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(mottagareHsaId))
        {
            errors["mottagareHsaId"] = "Välj en mottagare.";
        }
        else if (recipient is null)
        {
            errors["mottagareHsaId"] = "Mottagaren finns inte i katalogen.";
        }
        if (datum is null)
        {
            errors["beraknatUtskrivningsdatum"] = "Ange beräknat utskrivningsdatum (ÅÅÅÅ-MM-DD).";
        }
        else if (datum.Value < DateOnly.FromDateTime(stay.Inskrivningstid))
        {
            errors["beraknatUtskrivningsdatum"] = "Beräknat utskrivningsdatum kan inte vara före inskrivningsdagen.";
        }
        return errors;
    }
}
