namespace E2E.Organisation;

/// <summary>
/// An HSA-id: "SE" + a ten-digit organisation number + "-" + letters A–Z, a–z or digits, at most 31 characters,
/// never å, ä, ö or @ (see shared/docs/domain.md). Errors are Swedish because testers read them.
/// </summary>
public readonly record struct HsaId
{
    public const int MaxLength = 31;

    private HsaId(string value) => Value = value;

    public string Value { get; }

    /// <summary>The organisation number between "SE" and the hyphen.</summary>
    public string OrganisationNumber => Value[2..12];

    public static HsaId Parse(string? value) =>
        Validate(value) is { } reason ? throw new FormatException(reason) : new HsaId(value!);

    public static bool TryParse(string? value, out HsaId hsaId)
    {
        hsaId = Validate(value) is null ? new HsaId(value!) : default;
        return hsaId.Value is not null;
    }

    public static bool IsValid(string? value) => Validate(value) is null;

    /// <summary>Why the value is not a format-valid HSA-id, in Swedish; null when it is valid.</summary>
    public static string? Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "HSA-id saknas (tomt värde).";
        var quoted = $"HSA-id '{value}'";
        if (value.Length > MaxLength)
            return $"{quoted} är {value.Length} tecken långt; högst {MaxLength} tecken är tillåtet.";
        if (value.IndexOfAny(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö', '@']) >= 0)
            return $"{quoted} innehåller å, ä, ö eller @, vilket inte är tillåtet.";
        if (!value.StartsWith("SE", StringComparison.Ordinal))
            return $"{quoted} måste börja med landskoden SE.";
        if (value.Length < 12 || !value[2..12].All(char.IsAsciiDigit))
            return $"{quoted} måste ha ett organisationsnummer med tio siffror direkt efter SE.";
        if (value.Length == 12 || value[12] != '-')
            return $"{quoted} saknar bindestreck mellan organisationsnumret och enhetens löpnummer.";
        var suffix = value[13..];
        if (suffix.Length == 0)
            return $"{quoted} saknar löpnummer efter bindestrecket.";
        if (!suffix.All(char.IsAsciiLetterOrDigit))
            return $"{quoted} får efter bindestrecket bara innehålla bokstäverna A–Z, a–z och siffrorna 0–9.";
        return null;
    }

    public override string ToString() => Value;
}
