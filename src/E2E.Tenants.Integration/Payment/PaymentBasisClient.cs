using System.Globalization;
using E2E.Payment.Basis;
using E2E.Payment.Engine;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Integration.Payment;

/// <summary>
/// Fetches both tenants' payment basis exports over HTTP, as the combined calculation would from two real systems.
/// Everything up to the end of the month is fetched: a stay may have begun long before it.
/// </summary>
public sealed class PaymentBasisClient(IHttpClientFactory http, SimulationState state)
{
    public const string HttpClientName = "betalningsunderlag";

    public async Task<IReadOnlyList<PaymentBasisRow>> FetchAsync(Month month, string? kommun, CancellationToken ct)
    {
        var till = month.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var exports = await Task.WhenAll(
            FetchAsync(SystemNames.Samsa, state.SamsaUrl, $"api/betalningsunderlag?till={till}", ct),
            FetchAsync(SystemNames.Samvy, state.SamvyUrl, $"export/betalningsunderlag?till={till}", ct));
        return [.. exports.SelectMany(rows => rows)
            .Where(r => string.IsNullOrWhiteSpace(kommun) || string.Equals(r.Kommun, kommun.Trim(), StringComparison.OrdinalIgnoreCase))];
    }

    private async Task<IReadOnlyList<PaymentBasisRow>> FetchAsync(string system, Uri? baseUrl, string path, CancellationToken ct)
    {
        try
        {
            var url = new Uri(baseUrl ?? throw new PaymentBasisUnavailableException(system), path);
            using var response = await http.CreateClient(HttpClientName).GetAsync(url, ct);
            return response.IsSuccessStatusCode
                ? await response.Content.ReadFromJsonAsync<List<PaymentBasisRow>>(ct) ?? []
                : throw new PaymentBasisUnavailableException(system);
        }
        catch (HttpRequestException)
        {
            throw new PaymentBasisUnavailableException(system);
        }
    }
}

/// <summary>A system's export could not be read: no combined figure is better than a wrong one.</summary>
public sealed class PaymentBasisUnavailableException(string system)
    : Exception($"Betalningsunderlaget från {system} kunde inte hämtas; ingen samkörning gjordes.");
