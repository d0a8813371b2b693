using E2E.Organisation.Data;

namespace E2E.Organisation;

/// <summary>The 49 municipalities, found by any accepted form: "Lerum", "Lerums kommun", "Borås Stad".</summary>
public static class MunicipalityCatalogue
{
    private static readonly Dictionary<string, Municipality> ByForm = MunicipalityTable.Rows
        .SelectMany(m => m.Forms.Select(f => (Key: PhraseKey.Of(f), Municipality: m)))
        .ToDictionary(x => x.Key, x => x.Municipality);

    public static IReadOnlyList<Municipality> All => MunicipalityTable.Rows;

    public static bool TryFind(string phrase, out Municipality? municipality) =>
        ByForm.TryGetValue(PhraseKey.Of(phrase), out municipality);

    /// <summary>The municipality named by the phrase; an unknown one gives a Swedish message with the closest.</summary>
    public static Municipality Find(string phrase) =>
        TryFind(phrase, out var municipality)
            ? municipality!
            : throw new UnknownUnitException("kommun", phrase, ClosestNames.To(phrase, All.SelectMany(m => m.Forms), 3)
                .Select(f => ByForm[PhraseKey.Of(f)].OfficialName).Distinct().ToArray());
}
