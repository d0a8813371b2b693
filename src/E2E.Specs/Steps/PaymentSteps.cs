using System.Globalization;
using E2E.Drivers;
using E2E.Drivers.Payment;
using E2E.Organisation;
using E2E.Reporting;
using E2E.Runner.Catalog;
using E2E.Specs.Contexts;
using E2E.Specs.Support;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>Payable days per municipality from the combined data of both systems (read through the integration's API).</summary>
[Binding]
[StepSubject("Betalningsansvar")]
public sealed class PaymentSteps(PaymentApiClient payments, AdmissionContext admitted, ScenarioContext scenario)
{
    [Then("ska {kommun} betala för patienten för {word} {int} enligt {word}:")]
    [StepHelp("Hämtar integrationens betalningsberäkning, sammanställd ur båda systemen, för {kommun}, månaden och det namngivna " +
        "regelverket via API och jämför patientens rad med tabellens enda rad: betaldagar, dagar (ÅÅÅÅ-MM-DD, kommaseparerade) " +
        "och belopp (”18 600 kr”). Fallerar om patienten saknas, räknas mer än en gång eller om ett värde skiljer sig.")]
    public async Task MunicipalityPaysForThePatient(Municipality municipality, string monthName, int year, string ruleSet, DataTable expected)
    {
        var month = SwedishMoment.MonthNumber(monthName);
        var (result, request) = await payments.GetAsync(year, month, ruleSet, municipality.Name);
        ScenarioReport.AddParameter(scenario, "betalning hämtad via API", request, excludedFromHistory: true);
        var patient = admitted.Current.Patient;
        var where = $"Betalningsansvaret för {municipality} {monthName} {year} enligt {ruleSet}";
        var rows = result.Kommuner.SelectMany(k => k.Patienter).Where(p => Digits(p.Personnummer) == Digits(patient.Personnummer)).ToList();
        if (rows.Count == 0)
            throw new BusinessAssertionException(
                $"{where} saknar patienten {patient.DisplayPersonnummer}. Listade: " +
                $"{string.Join(", ", result.Kommuner.SelectMany(k => k.Patienter).Select(p => p.Personnummer).DefaultIfEmpty("(inga)"))}.");
        // One patient is one patient, whichever systems held the data: listed twice means paid twice.
        if (rows.Count > 1)
            throw new BusinessAssertionException(
                $"{where} räknar patienten {patient.DisplayPersonnummer} {rows.Count} gånger: " +
                string.Join("; ", rows.Select(r => $"{string.Join("+", r.System)}: {r.Betaldagar} dagar, {r.Belopp.ToString("#,0", Swedish)} kr")) + ".");
        var row = rows[0];
        var want = expected.Rows.Single();
        Check(where, "betaldagar", want["betaldagar"], row.Betaldagar.ToString(CultureInfo.InvariantCulture));
        Check(where, "dagar", want["dagar"], string.Join(", ", row.Dagar.Select(d => d.ToString("yyyy-MM-dd"))));
        Check(where, "belopp", want["belopp"], $"{row.Belopp.ToString("#,0", Swedish)} kr");
    }

    private static readonly NumberFormatInfo Swedish = new() { NumberGroupSeparator = " ", NumberDecimalSeparator = "," };

    private static void Check(string where, string field, string expected, string found)
    {
        if (!string.Equals(Normalise(expected), Normalise(found), StringComparison.Ordinal))
            throw new BusinessAssertionException($"{where}: {field} skulle vara '{expected}' men är '{found}'.");
    }

    private static string Normalise(string text) => string.Join(' ', text.Replace('\u00a0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Digits(string personnummer) => new([.. personnummer.Where(char.IsAsciiDigit)]);
}
