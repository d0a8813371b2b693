namespace E2E.TestData.Identities;

/// <summary>Why a string is not a valid personnummer/samordningsnummer; the guard words its message by this.</summary>
public enum PersonnummerError
{
    FelLangd,
    OgiltigaTecken,
    OgiltigtDatum,
    FelKontrollsiffra,
}

/// <summary>A refused personnummer: the Swedish message names the value and the reason.</summary>
public sealed class PersonnummerFormatException(string value, PersonnummerError reason, string message)
    : FormatException(message)
{
    public string Value { get; } = value;
    public PersonnummerError Reason { get; } = reason;
}
