using System.Globalization;

namespace E2E.TestData.Leasing;

/// <summary>The contents of one lease file: three short lines (owner, process id, expiry in UTC, round-trip format).</summary>
internal sealed record LeaseFile(string Owner, int ProcessId, DateTimeOffset ExpiresUtc)
{
    // A file just created but not yet written (or left half-written by a crash) counts as held for this long.
    private static readonly TimeSpan UnreadableGrace = TimeSpan.FromMinutes(1);

    public string Serialize() =>
        $"{Owner}\n{ProcessId.ToString(CultureInfo.InvariantCulture)}\n{ExpiresUtc.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}\n";

    /// <summary>Null when the file is gone (released meanwhile).</summary>
    public static LeaseFile? Read(string path)
    {
        string text;
        DateTime written;
        try
        {
            text = File.ReadAllText(path);
            written = File.GetLastWriteTimeUtc(path);
        }
        catch (FileNotFoundException) { return null; }
        catch (DirectoryNotFoundException) { return null; }
        catch (IOException) { return Unreadable(DateTime.UtcNow); } // being written right now

        var lines = text.Split('\n');
        return lines.Length >= 3
               && int.TryParse(lines[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
               && DateTimeOffset.TryParse(lines[2], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expires)
            ? new LeaseFile(lines[0], pid, expires)
            : Unreadable(written);
    }

    public bool IsExpired(DateTimeOffset now) => ExpiresUtc <= now;

    private static LeaseFile Unreadable(DateTime writtenUtc) =>
        new("", 0, new DateTimeOffset(DateTime.SpecifyKind(writtenUtc, DateTimeKind.Utc)) + UnreadableGrace);
}
