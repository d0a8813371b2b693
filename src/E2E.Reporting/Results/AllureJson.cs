using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace E2E.Reporting.Results;

/// <summary>JSON settings for Allure files: camelCase, nulls left out, Swedish letters kept readable.</summary>
internal static class AllureJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Relaxed escaping keeps "NÄL" and "→" as written; the files are never embedded in HTML by us.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>UTF-8 bytes without a byte order mark: Allure 3 rejects files that start with one.</summary>
    public static byte[] ToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);
}
