namespace E2E.Drivers.Http;

/// <summary>Turns a failed API call into a message that says what the suite was trying to do.</summary>
internal static class HttpResponseChecks
{
    public static async Task EnsureSuccessAsync(this HttpResponseMessage response, string attempt)
    {
        if (response.IsSuccessStatusCode) return;
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length > 500) body = body[..500] + "…";
        throw new InvalidOperationException(
            $"Kunde inte {attempt}: {(int)response.StatusCode} {response.ReasonPhrase} från " +
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}. Svar: {body}");
    }
}
