using System.Net;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace E2E.Tenants.Tests.Support;

/// <summary>A browserless user session: cookies, antiforgery tokens and form posts over plain HTTP.</summary>
public sealed partial class WebSession : IDisposable
{
    private readonly HttpClient http;

    public WebSession(Uri baseUrl)
    {
        http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = baseUrl };
    }

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await http.GetAsync(path);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Logs in as the demo user whose option text contains the unit name.</summary>
    public async Task LoginAsync(string unitName)
    {
        var (_, html) = await GetAsync("logga-in");
        var option = OptionPattern().Matches(html).FirstOrDefault(m => m.Groups[2].Value.Contains(unitName, StringComparison.Ordinal));
        option.Should().NotBeNull($"a demo user for {unitName} should be offered");
        var (status, _) = await PostFormAsync("logga-in", html, new() { ["AnvandareId"] = option!.Groups[1].Value });
        status.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>Posts a form the way a browser would, with the antiforgery token from the page it came from.</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostFormAsync(string path, string pageHtml, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = TokenPattern().Match(pageHtml).Groups[1].Value;
        using var response = await http.PostAsync(path, new FormUrlEncodedContent(fields));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("""<option value="(\d+)">([^<]+)</option>""")]
    private static partial Regex OptionPattern();

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)" """)]
    private static partial Regex TokenPattern();
}
