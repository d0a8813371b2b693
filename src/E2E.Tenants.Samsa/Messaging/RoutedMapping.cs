using System.Globalization;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samsa.Data;

namespace E2E.Tenants.Samsa.Messaging;

/// <summary>SAMSA's notices to and from the system-neutral form the integration carries.</summary>
public static class RoutedMapping
{
    public static RoutedMessage ToRouted(this Meddelande notice, Patient patient) => new(
        notice.Id.ToString(CultureInfo.InvariantCulture),
        SystemNames.Samsa,
        notice.Typ,
        notice.AvsandareHsaId,
        notice.AvsandareNamn,
        notice.MottagareHsaId,
        patient.ToRouted(),
        notice.BeraknatUtskrivningsdatum,
        notice.Skickad)
    {
        Uppdatering = notice.Uppdatering,
        Tidpunkt = notice.Tidpunkt,
        Deltagare = notice.DeltagarLista,
        Arende = notice.ArendeReferens,
    };

    public static RoutedPatient ToRouted(this Patient patient) =>
        new(patient.Personnummer, patient.Fornamn, patient.Efternamn, patient.Gatuadress, patient.Postnummer, patient.Postort);

    /// <summary>The recipient's copy of a notice delivered from another system.</summary>
    public static Meddelande FromRouted(RoutedMessage message, DateTime landed)
    {
        var p = message.Patient;
        return new Meddelande
        {
            Typ = message.Typ,
            Personnummer = Personnummer.Normalize(p.Personnummer) ?? p.Personnummer,
            Patientnamn = $"{p.Fornamn} {p.Efternamn}",
            Adress = Address(p),
            BeraknatUtskrivningsdatum = message.BeraknatUtskrivningsdatum,
            Uppdatering = message.Uppdatering,
            Tidpunkt = message.Tidpunkt,
            Deltagare = message.Deltagare is { Count: > 0 } d ? string.Join('\n', d) : null,
            AvsandareHsaId = message.AvsandareHsaId,
            AvsandareNamn = message.AvsandareNamn,
            MottagareHsaId = message.MottagareHsaId,
            ArendeReferens = message.Arende,
            Skickad = message.Skickad,
            Mottagen = landed,
            Levererad = landed,
            ExterntId = $"{message.AvsandarSystem}:{message.MeddelandeId}",
            Bilagor = AttachmentUpload.Stored(message.Bilagor),
        };
    }

    /// <summary>"Street, postcode town"; empty when the message carried no address at all.</summary>
    public static string Address(RoutedPatient p) =>
        string.IsNullOrWhiteSpace(p.Gatuadress + p.Postnummer + p.Postort) ? string.Empty : $"{p.Gatuadress}, {p.Postnummer} {p.Postort}";
}
