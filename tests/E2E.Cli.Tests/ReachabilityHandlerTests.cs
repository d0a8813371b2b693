using System.Net;
using System.Text;
using E2E.Core.Settings;
using E2E.Drivers.Reachability;
using E2E.Organisation;

namespace E2E.Cli.Tests;

/// <summary>
/// The drivers' API path (tested here, where the CLI's tests already reach the drivers): nobody answering or a 503
/// "unavailable" is an environment failure naming the system, unless a scenario took the system down on purpose; a
/// product's own 503 answer in JSON stays a product answer.
/// </summary>
public sealed class ReachabilityHandlerTests
{
    private static readonly TenantEndpoints Endpoints = new(
        new Uri("http://127.0.0.1:5000/"), new Uri("http://127.0.0.1:5001/"), new Uri("http://127.0.0.1:5002/"), IsSimulated: true);

    [Test]
    public async Task A_503_unavailable_page_is_an_environment_failure_naming_the_system_and_environment()
    {
        var (client, _) = Client(Answer(HttpStatusCode.ServiceUnavailable, "Samvy är inte tillgängligt just nu (driftsstörning).", "text/plain"));

        var act = () => client.GetAsync("http://127.0.0.1:5001/fhir/Patient");

        var failure = (await act.Should().ThrowAsync<TenantUnreachableException>()).Which;
        failure.System.Should().Be("Samvy");
        failure.Message.Should().Be("MILJÖFEL: Samvy i miljön local svarade inte (http://127.0.0.1:5001/fhir/Patient): " +
                                    "503 Service Unavailable på GET /fhir/Patient, \"Samvy är inte tillgängligt just nu (driftsstörning).\"");
    }

    [Test]
    public async Task A_products_own_503_in_json_stays_the_products_answer()
    {
        var (client, _) = Client(Answer(HttpStatusCode.ServiceUnavailable, """{"title":"Betalningsunderlag saknas"}""", "application/problem+json"));

        using var response = await client.GetAsync("http://127.0.0.1:5002/betalningsunderlag");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    [Test]
    public async Task A_system_down_on_purpose_answers_503_to_the_scenario_and_is_checked_as_the_product_again_when_back()
    {
        var (client, reachability) = Client(Answer(HttpStatusCode.ServiceUnavailable, "SAMSA är inte tillgängligt just nu", "text/plain"));
        reachability.TakenDownOnPurpose(CareSystem.Samsa);

        using (var response = await client.GetAsync("http://127.0.0.1:5000/"))
            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);

        reachability.BackOnPurpose(CareSystem.Samsa);
        await client.Invoking(c => c.GetAsync("http://127.0.0.1:5000/")).Should().ThrowAsync<TenantUnreachableException>();
    }

    [Test]
    public async Task A_refused_connection_is_an_environment_failure_saying_so()
    {
        var port = FreePort.Next();
        var endpoints = Endpoints with { Samsa = new Uri($"http://127.0.0.1:{port}/") };
        using var client = new HttpClient(new ReachabilityHandler(new TenantReachability(endpoints, "local"), new SocketsHttpHandler()));

        var act = () => client.GetAsync($"http://127.0.0.1:{port}/api/token");

        (await act.Should().ThrowAsync<TenantUnreachableException>()).Which.Message.Should()
            .Be($"MILJÖFEL: SAMSA i miljön local svarade inte (http://127.0.0.1:{port}/api/token): anslutningen nekades (ingen lyssnar på porten) på GET /api/token");
    }

    [Test]
    public async Task An_address_of_no_tenant_keeps_its_own_error()
    {
        var (client, _) = Client(Answer(HttpStatusCode.ServiceUnavailable, "nere", "text/plain"));

        using var response = await client.GetAsync("http://127.0.0.1:5999/");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    private static (HttpClient, TenantReachability) Client(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        var reachability = new TenantReachability(Endpoints, "local");
        return (new HttpClient(new ReachabilityHandler(reachability, new Stub(answer))), reachability);
    }

    private static Func<HttpRequestMessage, HttpResponseMessage> Answer(HttpStatusCode status, string body, string mediaType) =>
        request => new HttpResponseMessage(status) { RequestMessage = request, Content = new StringContent(body, Encoding.UTF8, mediaType) };

    private sealed class Stub(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
