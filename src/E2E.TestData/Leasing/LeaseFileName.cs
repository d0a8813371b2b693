namespace E2E.TestData.Leasing;

/// <summary>A safe, stable file name per identity: "19121212-1212" and "191212121212" are one lease.</summary>
internal static class LeaseFileName
{
    public static string For(string identity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identity);
        var normalized = TestIdentities.Normalize(identity);
        var safe = new string([.. normalized.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
        return safe + ".lease";
    }
}
