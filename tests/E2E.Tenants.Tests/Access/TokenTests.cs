using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Organisation;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Access;

/// <summary>Bearer tokens: issued to the API client with its secret, for a person at a unit; refused in Swedish.</summary>
public sealed class TokenTests : TenantsTestBase
{
    private static string Nurse(string unit) => StaffCatalogue.FirstAt(unit).HsaId;

    [Test]
    public async Task SAMSA_issues_a_token_for_a_person_at_a_SAMSA_unit_and_its_API_accepts_it()
    {
        using var response = await Tokens.RequestSamsaAsync(Nurse(Units.Lerum), Units.Lerum);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var http = new HttpClient { BaseAddress = Tenants.SamsaUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());

        using var inbox = await http.GetAsync($"api/inkorgar/{Units.Lerum}/meddelanden");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body.GetProperty("tokenType").GetString().Should().Be("Bearer");
        body.GetProperty("enhet").GetString().Should().Be(Units.Lerum);
        body.GetProperty("person").GetString().Should().Be(Nurse(Units.Lerum));
        inbox.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Samvy_issues_a_token_by_client_credentials_and_its_FHIR_API_accepts_it()
    {
        using var response = await Tokens.RequestSamvyAsync(Nurse(Units.Avd32Nal), Units.Avd32Nal);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var http = new HttpClient { BaseAddress = new Uri(Tenants.SamvyUrl, "fhir/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());

        using var search = await http.GetAsync($"Communication?recipient=Organization/{Units.Avd32Nal}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body.GetProperty("token_type").GetString().Should().Be("Bearer");
        body.GetProperty("expires_in").GetInt32().Should().BePositive();
        search.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_wrong_client_secret_is_401_in_each_systems_own_error_format()
    {
        using var samsa = await Tokens.RequestSamsaAsync(Nurse(Units.Lerum), Units.Lerum, secret: "fel-hemlighet");
        using var samvy = await Tokens.RequestSamvyAsync(Nurse(Units.Avd32Nal), Units.Avd32Nal, secret: "fel-hemlighet");

        samsa.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await samsa.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().Should().Be("Klienten är inte behörig");
        samvy.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var outcome = await samvy.Content.ReadFromJsonAsync<JsonElement>();
        outcome.GetProperty("resourceType").GetString().Should().Be("OperationOutcome");
        outcome.GetProperty("issue")[0].GetProperty("diagnostics").GetString().Should().Contain("fel klienthemlighet");
    }

    [Test]
    public async Task An_unknown_person_an_assignment_the_person_lacks_and_a_unit_in_the_other_system_are_403()
    {
        using var unknown = await Tokens.RequestSamsaAsync("SE2321000131-P9999999999", Units.Lerum);
        using var lacking = await Tokens.RequestSamsaAsync(Nurse(Units.Lerum), Units.Avd51Sahlgrenska);
        using var otherSystem = await Tokens.RequestSamsaAsync(Nurse(Units.Alingsas), Units.Alingsas);
        using var notInSamvy = await Tokens.RequestSamvyAsync(Nurse(Units.Lerum), Units.Lerum);

        unknown.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await unknown.Content.ReadAsStringAsync()).Should().Contain("finns inte i personalkatalogen");
        lacking.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await lacking.Content.ReadAsStringAsync()).Should().Contain($"har inget medarbetaruppdrag vid enheten {Units.Avd51Sahlgrenska}");
        otherSystem.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await otherSystem.Content.ReadAsStringAsync()).Should().Contain("arbetar i Samvy, inte i SAMSA");
        notInSamvy.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await notInSamvy.Content.ReadAsStringAsync()).Should().Contain("OperationOutcome").And.Contain("arbetar i SAMSA, inte i Samvy");
    }

    [Test]
    public async Task APIs_answer_401_without_a_token_and_with_a_token_of_the_other_system()
    {
        using var samsa = new HttpClient { BaseAddress = Tenants.SamsaUrl };
        using var samvy = new HttpClient { BaseAddress = new Uri(Tenants.SamvyUrl, "fhir/") };
        var samsaToken = await Tokens.ForAsync("SAMSA", Units.Lerum);

        using var noToken = await samsa.GetAsync($"api/inkorgar/{Units.Lerum}/meddelanden");
        using var noFhirToken = await samvy.GetAsync("Patient");
        using var foreign = await samvy.SendAsync(new HttpRequestMessage(HttpMethod.Get, "Patient")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", samsaToken) },
        });
        using var metadata = await samvy.GetAsync("metadata");

        noToken.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        noToken.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
        (await noToken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().Should().Be("Inloggning krävs");
        noFhirToken.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await noFhirToken.Content.ReadAsStringAsync()).Should().Contain("OperationOutcome").And.Contain("Anropet saknar token");
        foreign.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a SAMSA token means nothing to Samvy");
        (await foreign.Content.ReadAsStringAsync()).Should().Contain("Token är okänt eller har gått ut");
        metadata.StatusCode.Should().Be(HttpStatusCode.OK, "the CapabilityStatement stays open");
    }
}
