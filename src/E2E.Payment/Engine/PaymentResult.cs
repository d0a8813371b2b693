using System.Text.Json.Serialization;
using E2E.Payment.RuleSets;

namespace E2E.Payment.Engine;

/// <summary>Payable days and amounts for one month under one rule set (the rule set in force is always shown).</summary>
public sealed record PaymentResult(
    [property: JsonPropertyName("regelverk")] string RuleSet,
    [property: JsonPropertyName("modell")] PaymentModel Model,
    [property: JsonPropertyName("manad")] string Month,
    [property: JsonPropertyName("betaldagar")] decimal Days,
    [property: JsonPropertyName("belopp")] decimal Amount,
    [property: JsonPropertyName("kommuner")] IReadOnlyList<MunicipalityPayment> Municipalities);

/// <summary>
/// One municipality's payment for the month. The individual model lists its patients; the average model shows
/// the month's discharges and the rolling average that decided the payment.
/// </summary>
public sealed record MunicipalityPayment(
    [property: JsonPropertyName("kommun")] string Kommun,
    [property: JsonPropertyName("betaldagar")] decimal Days,
    [property: JsonPropertyName("belopp")] decimal Amount,
    [property: JsonPropertyName("patienter")] IReadOnlyList<PatientPayment> Patients,
    [property: JsonPropertyName("utskrivna")] int? Discharges = null,
    [property: JsonPropertyName("rullandeGenomsnitt")] decimal? RollingAverage = null);

/// <summary>One patient's payable days in the month, each day listed once, with the systems the data came from.</summary>
public sealed record PatientPayment(
    [property: JsonPropertyName("personnummer")] string Personnummer,
    [property: JsonPropertyName("system")] IReadOnlyList<string> Systems,
    [property: JsonPropertyName("dagar")] IReadOnlyList<DateOnly> Dates,
    [property: JsonPropertyName("betaldagar")] int Days,
    [property: JsonPropertyName("belopp")] decimal Amount,
    [property: JsonPropertyName("anmarkning")] string? Remark);
