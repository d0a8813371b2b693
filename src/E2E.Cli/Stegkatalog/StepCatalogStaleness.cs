namespace E2E.Cli.Stegkatalog;

/// <summary>Is the checked-in catalogue what the code and features give? If not, the first line that differs, in Swedish.</summary>
internal static class StepCatalogStaleness
{
    public static string? Check(string file, string current, string? checkedIn)
    {
        const string Fix = "Skriv om den med: dotnet run --project src/E2E.Cli -- steg, och checka in filen.";
        if (checkedIn is null) return $"Stegkatalogen {file} saknas. {Fix}";
        var (now, then) = (Lines(current), Lines(checkedIn));
        for (var i = 0; i < Math.Max(now.Length, then.Length); i++)
        {
            var (a, b) = (i < now.Length ? now[i] : null, i < then.Length ? then[i] : null);
            if (a == b) continue;
            return $"Stegkatalogen {file} är inaktuell från rad {i + 1}: i filen står {Quoted(b)}, men stegen och features ger {Quoted(a)}. {Fix}";
        }
        return null;
    }

    // Line endings do not make a catalogue stale: git may check the file out with CRLF.
    private static string[] Lines(string text) => text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');

    private static string Quoted(string? line) => line is null ? "(filens slut)" : $"\"{line}\"";
}
