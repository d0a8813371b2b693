using System.Text.Json;

namespace E2E.Drivers.Http;

/// <summary>
/// The words of an API's answer as a reader would take them: SAMSA's ProblemDetails ("title: detail"), Samvy's
/// OperationOutcome (each issue's diagnostics), or the body itself when it is neither.
/// </summary>
public static class ProblemText
{
    public static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("issue", out var issues))
                return string.Join(" ", issues.EnumerateArray()
                    .Select(i => i.TryGetProperty("diagnostics", out var d) ? d.GetString() : null).OfType<string>());
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("title", out var title))
                return root.TryGetProperty("detail", out var detail) ? $"{title.GetString()}: {detail.GetString()}" : title.GetString() ?? "";
        }
        catch (JsonException)
        {
            // Not JSON: the body is what was said.
        }
        return body;
    }
}
