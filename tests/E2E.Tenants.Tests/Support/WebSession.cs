using System.Net;
using System.Text.RegularExpressions;
using E2E.Organisation;
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

    /// <summary>Logs in as the unit's demo user (its first member of staff), with the assignment at that unit.</summary>
    public async Task LoginAsync(string unitName)
    {
        var unit = UnitCatalogue.All.Single(u => u.DisplayName == unitName);
        var (status, html) = await LoginAsync(StaffCatalogue.FirstAt(unit.HsaId).HsaId, unit.HsaId);
        status.Should().Be(HttpStatusCode.OK, html);
        html.Should().NotContain("Logga in</button>", $"the demo user for {unitName} should get in");
    }

    /// <summary>The e-ID step: chooses the identity; answers the assignment step (or the refusal).</summary>
    public async Task<(HttpStatusCode Status, string Html)> ChooseIdentityAsync(string personHsaId)
    {
        var (_, html) = await GetAsync("logga-in");
        html.Should().Contain($"""<option value="{personHsaId}">""", "every person in the staff directory is offered");
        return await PostFormAsync("logga-in?handler=Identitet", html, new() { ["PersonHsaId"] = personHsaId });
    }

    /// <summary>Both steps: identity, then the assignment at the unit.</summary>
    public async Task<(HttpStatusCode Status, string Html)> LoginAsync(string personHsaId, string unitHsaId)
    {
        var (_, assignments) = await ChooseIdentityAsync(personHsaId);
        return await PostFormAsync("logga-in?handler=Uppdrag", assignments, new() { ["PersonHsaId"] = personHsaId, ["EnhetHsaId"] = unitHsaId });
    }

    /// <summary>Posts a form the way a browser would, with the antiforgery token from the page it came from.</summary>
    public Task<(HttpStatusCode Status, string Html)> PostFormAsync(string path, string pageHtml, Dictionary<string, string> fields) =>
        PostFormAsync(path, pageHtml, fields.AsEnumerable());

    /// <summary>As above, for forms where a field repeats (a multiple choice list sends one pair per chosen option).</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostFormAsync(string path, string pageHtml, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = new KeyValuePair<string, string>("__RequestVerificationToken", TokenPattern().Match(pageHtml).Groups[1].Value);
        using var response = await http.PostAsync(path, new FormUrlEncodedContent([.. fields.Where(f => f.Key != token.Key), token]));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Posts a form with file inputs (multipart/form-data), as a browser sends a form with enctype multipart.</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostMultipartAsync(
        string path, string pageHtml, Dictionary<string, string> fields, string fileField, params (string Name, string ContentType, byte[] Content)[] files)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields.Append(new("__RequestVerificationToken", TokenPattern().Match(pageHtml).Groups[1].Value)))
        {
            content.Add(new StringContent(value), key);
        }
        foreach (var (name, contentType, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            content.Add(part, fileField, name);
        }
        using var response = await http.PostAsync(path, content);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)" """)]
    private static partial Regex TokenPattern();
}
