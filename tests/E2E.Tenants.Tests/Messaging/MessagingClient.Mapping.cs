using System.Text.Json;

namespace E2E.Tenants.Tests.Messaging;

/// <summary>How the two APIs spell a message, mapped to one shape for the tests.</summary>
public sealed partial class MessagingClient
{
    private const string Ext = "https://e2e.vgregion.example/fhir/StructureDefinition/";

    private static object SamvyCommunication(Admitted from, string type, string recipient, Dictionary<string, object?> data)
    {
        var extensions = new List<object>();
        if (data.GetValueOrDefault("beraknatUtskrivningsdatum") is string date)
        {
            extensions.Add(new { url = Ext + "beraknat-utskrivningsdatum", valueDate = date });
        }
        if (data.GetValueOrDefault("motestid") is string meeting)
        {
            extensions.Add(new { url = Ext + "sip-motestid", valueDateTime = meeting });
        }
        extensions.AddRange(((data.GetValueOrDefault("deltagare") as string[]) ?? []).Select(p => new { url = Ext + "sip-deltagare", valueString = p }));
        if (data.GetValueOrDefault("utskrivningstid") is string discharged)
        {
            extensions.Add(new { url = Ext + "utskrivningstid", valueDateTime = discharged });
        }
        var resource = new Dictionary<string, object>
        {
            ["resourceType"] = "Communication",
            ["status"] = "completed",
            ["category"] = new[] { new { coding = new[] { new { code = type } } } },
            ["subject"] = new { reference = $"Patient/{from.PatientId}" },
            ["encounter"] = new { reference = $"Encounter/{from.EncounterId}" },
            ["sender"] = new { reference = $"Organization/{from.Direction.Ward}" },
            ["recipient"] = new[] { new { reference = $"Organization/{recipient}" } },
        };
        if (data.GetValueOrDefault("payload") is { } payload)
        {
            resource["payload"] = payload; // files (see Attachments/)
        }
        if (extensions.Count > 0)
        {
            resource["extension"] = extensions; // FHIR forbids an empty array
        }
        return resource;
    }

    private static Landed FromSamsa(JsonElement row) => new(
        row.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
        row.GetProperty("typKod").GetString()!,
        row.GetProperty("uppdatering").GetBoolean(),
        row.GetProperty("beraknatUtskrivningsdatum").GetString(),
        row.GetProperty("tidpunkt").ValueKind == JsonValueKind.Null ? null : row.GetProperty("tidpunkt").GetDateTimeOffset(),
        row.GetProperty("adress").GetString(),
        row.GetProperty("status").GetString()!,
        [.. row.GetProperty("deltagare").EnumerateArray().Select(d => d.GetString()!)]);

    private static Landed FromSamvy(JsonElement c)
    {
        var ext = c.TryGetProperty("extension", out var e) ? e.EnumerateArray().ToList() : [];
        string? Value(string name, string type) =>
            ext.FirstOrDefault(x => x.GetProperty("url").GetString() == Ext + name) is { ValueKind: JsonValueKind.Object } x ? x.GetProperty(type).ToString() : null;
        var time = Value("sip-motestid", "valueDateTime") ?? Value("utskrivningstid", "valueDateTime");
        return new Landed(
            c.GetProperty("id").GetString()!,
            c.GetProperty("category")[0].GetProperty("coding")[0].GetProperty("code").GetString()!,
            Value("andrat-utskrivningsdatum", "valueBoolean") == "True",
            Value("beraknat-utskrivningsdatum", "valueDate"),
            time is null ? null : DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
            null,
            StateOf(c),
            [.. ext.Where(x => x.GetProperty("url").GetString() == Ext + "sip-deltagare").Select(x => x.GetProperty("valueString").GetString()!)]);
    }

    private static string StateOf(JsonElement communication) =>
        communication.GetProperty("extension").EnumerateArray()
            .Single(x => x.GetProperty("url").GetString() == Ext + "meddelandestatus").GetProperty("valueCoding").GetProperty("code").GetString()!;
}
