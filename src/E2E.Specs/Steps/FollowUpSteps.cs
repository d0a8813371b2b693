using System.Globalization;
using E2E.Drivers;
using E2E.Drivers.Payment;
using E2E.Organisation;
using E2E.Reporting;
using E2E.Runner.Catalog;
using E2E.Specs.Support;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>The monthly follow-up per municipality from both systems' data (P10), read through the integration's API.</summary>
[Binding]
[StepSubject("Uppföljning")]
public sealed class FollowUpSteps(FollowUpApiClient followUp, ScenarioContext scenario)
{
    [StepHelp("Hämtar månadsuppföljningen för {kommun} och månaden ur båda systemens underlag genom integrationens API (anropet visas i rapporten) och " +
              "jämför kommunens rad med tabellens enda rad: utskrivningsklara patienter, utskrivna, dagar till utskrivning och genomsnittligt antal dagar " +
              "(två decimaler, – när inget finns). Fallerar om kommunen inte har exakt en rad eller ett värde skiljer sig; bara tabellens kolumner jämförs (P10).")]
    [Then("ska månadsuppföljningen för {kommun} {word} {int} visa:")]
    public async Task FollowUpShows(Municipality municipality, string monthName, int year, DataTable expected)
    {
        var month = SwedishMoment.MonthNumber(monthName);
        var (result, request) = await followUp.GetAsync(year, month, municipality.Name);
        ScenarioReport.AddParameter(scenario, "uppföljning hämtad via API", request, excludedFromHistory: true);
        var where = $"Månadsuppföljningen för {municipality.OfficialName} {monthName} {year}";
        var rows = result.Kommuner.Where(k => k.Kommun == municipality.Name).ToList();
        if (rows.Count != 1)
            throw new BusinessAssertionException(
                $"{where} skulle ha en rad för kommunen men har {rows.Count}. Kommuner i svaret: " +
                $"{string.Join(", ", result.Kommuner.Select(k => k.Kommun).DefaultIfEmpty("(inga)"))}.");
        var row = rows[0];
        var want = expected.Rows.Single();
        var found = new Dictionary<string, string>
        {
            ["utskrivningsklara patienter"] = row.UtskrivningsklaraPatienter.ToString(CultureInfo.InvariantCulture),
            ["utskrivna"] = row.Utskrivna.ToString(CultureInfo.InvariantCulture),
            ["dagar till utskrivning"] = row.DagarTillUtskrivning.ToString(CultureInfo.InvariantCulture),
            ["genomsnittligt antal dagar"] = row.GenomsnittDagar?.ToString("0.00", CultureInfo.GetCultureInfo("sv-SE")) ?? "–",
        };
        var unknown = want.Keys.Except(found.Keys).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Okänd kolumn {string.Join(", ", unknown)} i tabellen. Kända: {string.Join(", ", found.Keys)}.");
        var wrong = want.Keys.Where(k => want[k].Trim() != found[k]).Select(k => $"{k} skulle vara '{want[k].Trim()}' men är '{found[k]}'").ToList();
        if (wrong.Count > 0) throw new BusinessAssertionException($"{where}: {string.Join("; ", wrong)}.");
    }
}
