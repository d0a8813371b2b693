using E2E.Tenants.Integration.Attachments;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samvy.Fhir;
using E2E.Tenants.Samvy.Messaging;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>The collaboration view's fields read and checked for the chosen type; errors go to the page by field.</summary>
public sealed record SamverkansvyForm(
    RecipientDto? Recipient, DateOnly? Date, DateTime? Meeting, IReadOnlyList<string> Participants, DateTime? Discharged,
    IReadOnlyList<CommunicationAttachments.File> Files)
{
    public static SamverkansvyForm Read(SamverkansvyModel page, IReadOnlyList<CommunicationAttachments.File> files, long maxAttachmentBytes)
    {
        var recipient = page.Mottagarlista.FirstOrDefault(u => u.IsNamedBy(page.Mottagare));
        var form = new SamverkansvyForm(recipient, Dates.Parse(page.Datum), Dates.ParseTime(page.Motestid),
            [.. (page.Deltagare ?? string.Empty).Split('\n').Select(d => d.Trim()).Where(d => d.Length > 0)], Dates.ParseTime(page.Utskrivningstid),
            files);
        if (!page.IsUpdate && recipient is null)
        {
            page.Fel["mottagare"] = "Välj en mottagare i listan.";
        }
        if ((page.IsUpdate || page.Kod == MessageTypes.Admission) && form.Date is null)
        {
            page.Fel["datum"] = "Ange beräknat utskrivningsdatum (ÅÅÅÅ-MM-DD).";
        }
        if (page.Kod == MessageTypes.SipInvitation && form.Meeting is null)
        {
            page.Fel["motestid"] = "Ange mötestid (ÅÅÅÅ-MM-DD TT:MM).";
        }
        if (page.Kod == MessageTypes.SipInvitation && form.Participants.Count == 0)
        {
            page.Fel["deltagare"] = "Ange minst en deltagare.";
        }
        if (page.Kod == MessageTypes.Discharge && form.Discharged is null)
        {
            page.Fel["utskrivningstid"] = "Ange utskrivningstid (ÅÅÅÅ-MM-DD TT:MM).";
        }
        // The first file that may not be sent, in the words the FHIR API uses too.
        if (files.Select(f => AttachmentPolicy.Refusal(f.Name, f.ContentType, f.Content.LongLength, maxAttachmentBytes)).FirstOrDefault(r => r is not null) is { } refusal)
        {
            page.Fel["bilagor"] = refusal;
        }
        return form;
    }

    /// <summary>The Communication the form describes, for <see cref="CommunicationSender"/>.</summary>
    public Communication ToNotice(string type, string patientId, string? encounterId, string senderHsaId)
    {
        var notice = NoticeResource.Create(type, patientId, encounterId, senderHsaId, Recipient!.HsaId);
        if (type == MessageTypes.Admission)
        {
            notice.SetEstimatedDischarge(Date!.Value);
        }
        if (type == MessageTypes.SipInvitation)
        {
            notice.SetTime(FhirConstants.SipMeetingExtension, Meeting!.Value);
            notice.Extension.AddRange(Participants.Select(p => new Extension(FhirConstants.SipParticipantExtension, new FhirString(p))));
        }
        if (type == MessageTypes.Discharge)
        {
            notice.SetTime(FhirConstants.DischargeTimeExtension, Discharged!.Value);
        }
        notice.Payload.AddRange(Files.Select(f => new Communication.PayloadComponent
        {
            Content = new Attachment { Title = f.Name, ContentType = f.ContentType, Data = f.Content },
        }));
        return notice;
    }
}
