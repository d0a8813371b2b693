using System.Text.Json.Serialization;

namespace E2E.Payment.RuleSets;

/// <summary>
/// One named payment rule set (rules.md). Every property has the default of <c>lagens-grundregel</c>, so a
/// configuration file only states what differs. JSON names are Swedish, as process owners read them.
/// </summary>
public sealed record PaymentRuleSet
{
    [JsonPropertyName("namn")]
    public required string Name { get; init; }

    [JsonPropertyName("beskrivning")]
    public string Description { get; init; } = string.Empty;

    /// <summary>Per patient (the law's default) or a monthly average per municipality.</summary>
    [JsonPropertyName("modell")]
    public PaymentModel Model { get; init; } = PaymentModel.Individual;

    /// <summary>Which calendar day is day 0, counted from the discharge-ready notice.</summary>
    [JsonPropertyName("dagNoll")]
    public DayZero DayZero { get; init; } = DayZero.NoticeDay;

    /// <summary>Payment starts this many calendar days after day 0 (weekends and holidays included).</summary>
    [JsonPropertyName("karensdagar")]
    public int GraceDays { get; init; } = 3;

    /// <summary>A notice sent at or after this hour (Swedish time) moves day 0 to the next day; null = none.</summary>
    [JsonPropertyName("brytpunktTimme")]
    public int? CutOffHour { get; init; }

    /// <summary>Whether the day of discharge itself is payable.</summary>
    [JsonPropertyName("utskrivningsdagenRaknas")]
    public bool CountDischargeDay { get; init; }

    /// <summary>Amount per day from a year on (kr); a year without its own entry uses the latest earlier one.</summary>
    [JsonPropertyName("beloppPerDag")]
    public IReadOnlyDictionary<int, decimal> AmountPerDayFromYear { get; init; } = new Dictionary<int, decimal> { [2022] = 9300m };

    /// <summary>Average model: payment applies above this many days on the rolling average.</summary>
    [JsonPropertyName("troskelDagar")]
    public decimal ThresholdDays { get; init; } = 3.0m;

    /// <summary>Average model: the rolling average spans this many months, the asked month included.</summary>
    [JsonPropertyName("rullandeManader")]
    public int RollingMonths { get; init; } = 3;

    public decimal AmountPerDay(int year)
    {
        var from = AmountPerDayFromYear.Keys.Where(y => y <= year).DefaultIfEmpty().Max();
        return AmountPerDayFromYear.TryGetValue(from, out var amount)
            ? amount
            : throw new InvalidOperationException($"Regelverket {Name} saknar belopp per dag för år {year}.");
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<PaymentModel>))]
public enum PaymentModel
{
    [JsonStringEnumMemberName("individuell")] Individual,
    [JsonStringEnumMemberName("genomsnitt")] MonthlyAverage,
}

[JsonConverter(typeof(JsonStringEnumConverter<DayZero>))]
public enum DayZero
{
    /// <summary>The calendar day the discharge-ready notice is sent.</summary>
    [JsonStringEnumMemberName("utskrivningsklar-dagen")] NoticeDay,

    /// <summary>The calendar day after the notice.</summary>
    [JsonStringEnumMemberName("dagen-efter")] DayAfterNotice,
}
