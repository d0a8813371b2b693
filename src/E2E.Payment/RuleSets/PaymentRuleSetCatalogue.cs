using System.Text.Json;
using System.Text.Json.Serialization;

namespace E2E.Payment.RuleSets;

/// <summary>
/// The named payment rule sets: those shipped in <c>regelverk.json</c>, plus (or replaced by name) those of an
/// override file, e.g. an environment's own agreement. Loaded from configuration, never constants in code.
/// </summary>
public sealed class PaymentRuleSetCatalogue
{
    public const string DefaultName = "lagens-grundregel";

    /// <summary>Path of an override file the tenants read at start (same format as the shipped file).</summary>
    public const string OverrideEnvironmentVariable = "E2E_PAYMENT_RULES";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    private readonly Dictionary<string, PaymentRuleSet> ruleSets;

    private PaymentRuleSetCatalogue(IEnumerable<PaymentRuleSet> ruleSets) =>
        this.ruleSets = ruleSets.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public IReadOnlyList<PaymentRuleSet> All => [.. ruleSets.Values.OrderBy(r => r.Name, StringComparer.Ordinal)];

    /// <summary>The shipped rule sets, overlaid by the file at <paramref name="overridePath"/> when given.</summary>
    public static PaymentRuleSetCatalogue Load(string? overridePath = null)
    {
        using var shipped = typeof(PaymentRuleSetCatalogue).Assembly.GetManifestResourceStream("E2E.Payment.regelverk.json")
            ?? throw new InvalidOperationException("regelverk.json saknas i E2E.Payment.");
        var merged = Read(shipped, "regelverk.json").ToDictionary(r => r.Name, StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(overridePath))
        {
            using var file = File.OpenRead(overridePath);
            foreach (var ruleSet in Read(file, overridePath))
            {
                merged[ruleSet.Name] = ruleSet;
            }
        }
        return new PaymentRuleSetCatalogue(merged.Values);
    }

    public bool TryGet(string? name, out PaymentRuleSet ruleSet) =>
        ruleSets.TryGetValue(string.IsNullOrWhiteSpace(name) ? DefaultName : name, out ruleSet!);

    public string UnknownMessage(string name) =>
        $"Okänt regelverk \"{name}\". Kända regelverk: {string.Join(", ", ruleSets.Keys.Order(StringComparer.Ordinal))}.";

    private static IEnumerable<PaymentRuleSet> Read(Stream stream, string source)
    {
        var file = JsonSerializer.Deserialize<RuleSetFile>(stream, Json)
            ?? throw new InvalidDataException($"{source} innehåller inga regelverk.");
        var invalid = file.Regelverk.FirstOrDefault(r => string.IsNullOrWhiteSpace(r.Name) || r.GraceDays < 0 || r.RollingMonths < 1
            || r.CutOffHour is < 0 or > 23 || r.AmountPerDayFromYear.Count == 0);
        return invalid is null ? file.Regelverk : throw new InvalidDataException($"{source}: regelverket \"{invalid.Name}\" är ogiltigt.");
    }

    private sealed record RuleSetFile(IReadOnlyList<PaymentRuleSet> Regelverk);
}
