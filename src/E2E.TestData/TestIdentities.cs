using System.Reflection;
using E2E.TestData.Identities;

namespace E2E.TestData;

/// <summary>Skatteverket's test personnummer and samordningsnummer: the only identities sent to a tenant.</summary>
public static class TestIdentities
{
    private static readonly Lazy<IReadOnlyList<string>> LazyPersonnummer = new(() => Load("testpersonnummer.txt"));
    private static readonly Lazy<IReadOnlyList<string>> LazySamordningsnummer = new(() => Load("testsamordningsnummer.txt"));
    private static readonly Lazy<HashSet<string>> LazyAll = new(() => [.. Personnummer, .. Samordningsnummer]);
    private static readonly Lazy<IReadOnlyList<Personnummer>> LazyParsed = new(() =>
        [.. Personnummer.Concat(Samordningsnummer).Select(n => PersonnummerParser.Parse(n))]);

    /// <summary>12 digits with century, no separator (YYYYMMDDNNNC), sorted.</summary>
    public static IReadOnlyList<string> Personnummer => LazyPersonnummer.Value;

    public static IReadOnlyList<string> Samordningsnummer => LazySamordningsnummer.Value;

    /// <summary>Both lists parsed, personnummer first; query them with <see cref="TestIdentityQuery"/>.</summary>
    public static IReadOnlyList<Personnummer> All => LazyParsed.Value;

    /// <summary>Accepts YYYYMMDDNNNC, YYYYMMDD-NNNC, YYYYMMDD+NNNC.</summary>
    public static bool IsTestIdentity(string number) => LazyAll.Value.Contains(Normalize(number));

    public static string Normalize(string number) => number.Trim().Replace("-", "").Replace("+", "");

    private static IReadOnlyList<string> Load(string fileName)
    {
        var resource = "E2E.TestData." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Testidentiteterna {fileName} saknas i E2E.TestData (inbäddad resurs).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToArray();
    }
}
