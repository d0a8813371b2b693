using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Messaging;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Attachments;

/// <summary>Sends admission notices with files in either system and reads the files back, over HTTP only.</summary>
public sealed class AttachmentClient(SamsaApi samsa, SamvyFhir samvy)
{
    private const string Sha256Extension = "https://e2e.vgregion.example/fhir/StructureDefinition/sha256";

    public MessagingClient Messages { get; } = new(samsa, samvy);

    public Task<HttpResponseMessage> TrySendAsync(Admitted from, params TestFile[] files)
    {
        var data = MessagingClient.Complete(Types.Admission);
        data[from.Direction.From == Direction.Samsa ? "bilagor" : "payload"] =
            files.Select(f => from.Direction.From == Direction.Samsa ? f.ForSamsa() : f.ForSamvy()).ToArray();
        return Messages.TrySendAsync(from, Types.Admission, from.Direction.Recipient, data);
    }

    /// <summary>The files on the one message that landed in the direction's recipient inbox (waits for delivery).</summary>
    public async Task<ListedFile[]> LandedFilesAsync(Direction direction)
    {
        var unit = direction.Recipient;
        if (direction.To == Direction.Samsa)
        {
            var rows = await Eventually.UntilAsync(() => samsa.InboxAsync(unit), r => r.Length > 0);
            return await SamsaFilesAsync(rows.Should().ContainSingle().Subject, unit);
        }
        var found = await Eventually.UntilAsync(() => samvy.SearchAsync($"Communication?recipient=Organization/{unit}"), r => r.Any(c => c.TryGetProperty("received", out _)));
        return await SamvyFilesAsync(found.Single(c => c.TryGetProperty("received", out _)), unit);
    }

    public async Task<ListedFile[]> SamsaFilesAsync(JsonElement message, string actingUnit)
    {
        var files = new List<ListedFile>();
        foreach (var b in message.GetProperty("bilagor").EnumerateArray())
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"api/meddelanden/{message.GetProperty("id")}/bilagor/{b.GetProperty("id")}");
            ActingUnitHandler.ActAs(request, actingUnit);
            using var response = await samsa.Http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            files.Add(new ListedFile(b.GetProperty("namn").GetString()!, b.GetProperty("innehallstyp").GetString()!,
                b.GetProperty("storlek").GetInt64(), b.GetProperty("sha256").GetString()!, await response.Content.ReadAsByteArrayAsync()));
        }
        return [.. files];
    }

    public async Task<ListedFile[]> SamvyFilesAsync(JsonElement communication, string actingUnit)
    {
        var files = new List<ListedFile>();
        var payload = communication.TryGetProperty("payload", out var p) ? p.EnumerateArray().ToArray() : [];
        foreach (var reference in payload.Select(x => x.GetProperty("contentReference").GetProperty("reference").GetString()!))
        {
            var document = await GetAsync(reference, actingUnit);
            var attachment = document.GetProperty("content")[0].GetProperty("attachment");
            var binary = await GetAsync(attachment.GetProperty("url").GetString()!, actingUnit);
            var sha256 = attachment.GetProperty("extension").EnumerateArray().Single(e => e.GetProperty("url").GetString() == Sha256Extension);
            files.Add(new ListedFile(attachment.GetProperty("title").GetString()!, attachment.GetProperty("contentType").GetString()!,
                attachment.GetProperty("size").GetInt64(), sha256.GetProperty("valueString").GetString()!,
                Convert.FromBase64String(binary.GetProperty("data").GetString()!)));
        }
        return [.. files];
    }

    private async Task<JsonElement> GetAsync(string path, string actingUnit)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        ActingUnitHandler.ActAs(request, actingUnit);
        using var response = await samvy.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonDocument.Parse(body).RootElement;
    }
}
