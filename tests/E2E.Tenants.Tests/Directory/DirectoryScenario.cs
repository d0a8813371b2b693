using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using E2E.Core.Time;
using E2E.Tenants.Tests.Support;

// Not "Directory": that namespace would hide System.IO.Directory from the other tests.
namespace E2E.Tenants.Tests.Millenniumenheter;

/// <summary>
/// What the directory tests arrange and read over HTTP: a unit waiting for its Samvy go-live, the clock, and the
/// recipient pickers of both systems as a browser receives them. Väntebo's go-live date is a fixed day, so every test
/// that adds the unit sets the tenants' clock itself (<see cref="SetTodayAsync(string)"/>).
/// </summary>
public sealed partial class DirectoryScenario(HttpClient integration, SamsaApi samsa, SamvyFhir samvy, Uri samsaUrl, Uri samvyUrl)
{
    public const string Vantebo = "SE2321000131-E000000001003";
    public const string VanteboName = "Hemsjukvården Väntebo kommun";
    public const string VanteboLiveFrom = "2027-03-01";

    /// <summary>An estimated discharge date nine days after Väntebo's go-live: valid whether the clock stands before it or on it.</summary>
    public static readonly string VanteboEstimate = DateOnly.Parse(VanteboLiveFrom, CultureInfo.InvariantCulture).AddDays(9)
        .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public sealed record PickerEntry(string Name, string Inbox);

    public async Task AddWaitingUnitAsync() =>
        (await integration.PutAsJsonAsync("_sim/enheter", new[]
        {
            new { hsaId = Vantebo, namn = VanteboName, typ = "hemsjukvard", kommun = "Väntebo", driftsattFran = VanteboLiveFrom },
        })).EnsureSuccessStatusCode();

    /// <summary>Moves the tenants' clock to 09.00 Swedish time on the date ("yyyy-MM-dd").</summary>
    public Task SetTodayAsync(string date) => SetTodayAsync(DateOnly.Parse(date, CultureInfo.InvariantCulture));

    /// <summary>Moves the tenants' clock to 09.00 Swedish time on the date.</summary>
    public async Task SetTodayAsync(DateOnly date) =>
        (await integration.PutAsJsonAsync("_sim/klocka", new { nu = SwedishTime.Iso(SwedishTime.At(date, new TimeOnly(9, 0))) }))
            .EnsureSuccessStatusCode();

    /// <summary>"Now" on the tenants' clock, wherever a test has moved it.</summary>
    public async Task<JsonElement> UnitTodayAsync(string hsaId) =>
        await integration.GetFromJsonAsync<JsonElement>($"api/enheter/{hsaId}");

    /// <summary>Samvy's collaboration view as a ward nurse on Avdelning 32 sees it: unit name and inbox text per option.</summary>
    public async Task<IReadOnlyList<PickerEntry>> SamvyPickerAsync()
    {
        var patient = await samvy.CreatePatientAsync(TestPatients.Anna);
        await samvy.CreateEncounterAsync(patient, Units.Avd32Nal);
        using var web = new WebSession(samvyUrl);
        await web.LoginAsync(Units.Avd32NalName);
        var (_, html) = await web.GetAsync($"samverkansvy/{patient}");
        return [.. DatalistOption().Matches(html).Select(m => new PickerEntry(m.Groups[1].Value, m.Groups[2].Value))];
    }

    /// <summary>SAMSA's admission notice form as a nurse on Avdelning 51 sees it: unit name and inbox group per option.</summary>
    public async Task<IReadOnlyList<PickerEntry>> SamsaPickerAsync()
    {
        var stay = await samsa.AdmitAsync(TestPatients.Bo, Units.Avd51Sahlgrenska);
        using var web = new WebSession(samsaUrl);
        await web.LoginAsync(Units.Avd51SahlgrenskaName);
        var (_, html) = await web.GetAsync($"vardtillfallen/{stay}/inskrivningsmeddelande");
        return [.. OptGroup().Matches(html).SelectMany(g => SelectOption().Matches(g.Groups[2].Value)
            .Select(o => new PickerEntry(o.Groups[1].Value, g.Groups[1].Value)))];
    }

    [GeneratedRegex("""<option value="([^"]+)">([^<]+)</option>""")]
    private static partial Regex DatalistOption();

    [GeneratedRegex("""<optgroup label="([^"]+)">(.*?)</optgroup>""", RegexOptions.Singleline)]
    private static partial Regex OptGroup();

    [GeneratedRegex("""<option value="[^"]+"[^>]*>([^<]+)</option>""")]
    private static partial Regex SelectOption();
}
