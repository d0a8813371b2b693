using System.Text.Json.Serialization;

namespace E2E.Payment.Basis;

/// <summary>
/// One row of a system's payment basis export (betalningsunderlag): something that happened to a patient that
/// matters for payment, as that system recorded it. Both SAMSA and Samvy export this shape; a notice that crossed
/// systems may be in both exports (sender's and receiver's copy) and is the same event when kind and time agree.
/// </summary>
public sealed record PaymentBasisRow
{
    /// <summary>The exporting system: "SAMSA" or "Samvy".</summary>
    [JsonPropertyName("system")]
    public required string System { get; init; }

    /// <summary>Patient identity, 12 digits (personnummer, samordningsnummer or reserve value).</summary>
    [JsonPropertyName("personnummer")]
    public required string Personnummer { get; init; }

    /// <summary>The municipality that carries the payment responsibility.</summary>
    [JsonPropertyName("kommun")]
    public required string Kommun { get; init; }

    /// <summary>The unit where it happened (the ward, or the municipal unit that received a notice).</summary>
    [JsonPropertyName("enhetHsaId")]
    public required string EnhetHsaId { get; init; }

    /// <summary>One of <see cref="PaymentEventKinds"/>.</summary>
    [JsonPropertyName("handelse")]
    public required string Handelse { get; init; }

    [JsonPropertyName("tidpunkt")]
    public required DateTimeOffset Tidpunkt { get; init; }
}
