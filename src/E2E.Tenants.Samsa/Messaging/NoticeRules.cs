using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samsa.Data;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>What SAMSA checks before a notice may leave; messages in Swedish, keyed by the API's field names.</summary>
public static class NoticeRules
{
    public const string CarryOverRefusal = "Ärendet förs över till Samvy när SAMSA avvecklas; det fortsätter i Samvy och ändras inte längre här.";

    public static Dictionary<string, string> Check(NoticeRequest request, UnitDto? recipient, Arende arende, DateTime now, bool readinessSent)
    {
        var errors = new Dictionary<string, string>();
        if (arende.Stangt is not null && request.Typ != MessageTypes.Discharge)
        {
            errors["arende"] = "Ärendet är avslutat; inga fler meddelanden kan skickas i det.";
        }
        else if (arende.CarryOverPending)
        {
            errors["arende"] = CarryOverRefusal;
        }
        if (string.IsNullOrWhiteSpace(request.MottagareHsaId))
        {
            errors["mottagareHsaId"] = "Välj en mottagare.";
        }
        else if (recipient is null)
        {
            errors["mottagareHsaId"] = "Mottagaren finns inte i katalogen.";
        }
        var admitted = arende.Vardtillfalle!.Inskrivningstid;
        switch (request.Typ)
        {
            case MessageTypes.Admission when Dates.Parse(request.BeraknatUtskrivningsdatum) is null:
                errors["beraknatUtskrivningsdatum"] = "Ange beräknat utskrivningsdatum (ÅÅÅÅ-MM-DD).";
                break;
            case MessageTypes.Admission when Dates.Parse(request.BeraknatUtskrivningsdatum) < Dates.SwedishDay(admitted):
                errors["beraknatUtskrivningsdatum"] = "Beräknat utskrivningsdatum kan inte vara före inskrivningsdagen.";
                break;
            case MessageTypes.DischargeReadyWithdrawn when !readinessSent:
                errors["mottagareHsaId"] = "Mottagaren har inte fått något meddelande om utskrivningsklar att återta.";
                break;
            case MessageTypes.SipInvitation:
                CheckSip(request, now, errors);
                break;
            case MessageTypes.Discharge when Dates.ParseTime(request.Utskrivningstid) is null:
                errors["utskrivningstid"] = "Ange utskrivningstid (ÅÅÅÅ-MM-DD TT:MM).";
                break;
            case MessageTypes.Discharge when Dates.ParseTime(request.Utskrivningstid) < admitted:
                errors["utskrivningstid"] = "Utskrivningstiden kan inte vara före inskrivningen.";
                break;
        }
        return errors;
    }

    /// <summary>The SIP meeting time, read and checked (field "motestid"); null when it is missing or has passed.</summary>
    public static DateTime? CheckMeeting(string? motestid, DateTime now, Dictionary<string, string> errors)
    {
        var meeting = Dates.ParseTime(motestid);
        if (meeting is null)
        {
            errors["motestid"] = "Ange mötestid (ÅÅÅÅ-MM-DD TT:MM).";
        }
        else if (meeting < now)
        {
            errors["motestid"] = "Mötestiden har redan passerat.";
            return null;
        }
        return meeting;
    }

    private static void CheckSip(NoticeRequest request, DateTime now, Dictionary<string, string> errors)
    {
        CheckMeeting(request.Motestid, now, errors);
        if (request.Participants.Count == 0)
        {
            errors["deltagare"] = "Ange minst en deltagare.";
        }
    }
}
