namespace E2E.Organisation;

/// <summary>How phrases are compared: case-insensitive, surrounding and repeated spaces ignored.</summary>
internal static class PhraseKey
{
    public static string Of(string phrase) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .TrimEnd('.')
            .ToLowerInvariant();
}
