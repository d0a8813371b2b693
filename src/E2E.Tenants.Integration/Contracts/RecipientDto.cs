namespace E2E.Tenants.Integration.Contracts;

/// <summary>
/// One entry of a system's recipient picker: a unit and the one inbox that serves it today, in the picker's own
/// system or, through the integration, in the other one.
/// </summary>
public sealed record RecipientDto(
    string HsaId, string Namn, string Typ, string Kommun, string System, string Inkorg, bool ViaIntegration)
{
    /// <summary>How the pickers describe the inbox, e.g. "SAMSA-inkorg via integrationen".</summary>
    public string Beskrivning => ViaIntegration ? $"{System}-inkorg via integrationen" : $"{System}-inkorg";

    /// <summary>True when the text names this entry: its name (any case), HSA-id or inbox.</summary>
    public bool IsNamedBy(string? text) =>
        text?.Trim() is { Length: > 0 } t
        && (string.Equals(Namn, t, StringComparison.OrdinalIgnoreCase) || HsaId == t || Inkorg == t);
}
