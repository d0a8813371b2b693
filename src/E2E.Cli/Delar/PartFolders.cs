using E2E.Runner.Execution;

namespace E2E.Cli.Delar;

/// <summary>
/// The parts "rapport --sla-ihop" is given, checked before anything is merged: each folder exists and holds a finished
/// part's del.json, all come from the same split (n, environment, selection, and the same planned parts), and every part 1…n is there once.
/// Each refusal names the folder or the part.
/// </summary>
internal static class PartFolders
{
    public sealed record Found(string Folder, PartPlan Plan);

    public static IReadOnlyList<Found> Read(IEnumerable<string> folders)
    {
        var found = folders.Select(ReadOne).ToList();
        var first = found[0];
        foreach (var other in found.Skip(1))
        {
            if (other.Plan.Parts != first.Plan.Parts)
                throw Refuse($"Delarna kommer från olika uppdelningar: {first.Folder} är del {first.Plan.Part} av {first.Plan.Parts}, " +
                             $"{other.Folder} är del {other.Plan.Part} av {other.Plan.Parts}.");
            if (other.Plan.Environment != first.Plan.Environment)
                throw Refuse($"Delarna kördes mot olika miljöer: {first.Folder} mot \"{first.Plan.Environment}\", {other.Folder} mot \"{other.Plan.Environment}\".");
            if (other.Plan.Filter != first.Plan.Filter)
                throw Refuse($"Delarna har olika urval: {first.Folder} \"{first.Plan.Filter ?? "alla"}\", {other.Folder} \"{other.Plan.Filter ?? "alla"}\".");
            if (other.Plan.Split != first.Plan.Split)
                throw Refuse($"Delarna planerades olika ({first.Folder} uppdelning {first.Plan.Split ?? "saknas"}, {other.Folder} {other.Plan.Split ?? "saknas"}): " +
                             "agenterna hade olika feature-filer eller olika scenariotider i historiken, så ett scenario kan saknas eller ha körts två gånger. " +
                             "Ge alla agenter samma commit och samma historik, och kör om delarna.");
        }
        foreach (var twice in found.GroupBy(f => f.Plan.Part).Where(g => g.Count() > 1))
            throw Refuse($"Del {twice.Key} av {first.Plan.Parts} finns flera gånger: {string.Join(", ", twice.Select(f => f.Folder))}.");
        var missing = Enumerable.Range(1, first.Plan.Parts).Except(found.Select(f => f.Plan.Part)).ToList();
        if (missing.Count > 0)
            throw Refuse($"{(missing.Count == 1 ? "Del" : "Delarna")} {string.Join(", ", missing)} av {first.Plan.Parts} saknas " +
                         $"(fick {string.Join(", ", found.Select(f => f.Plan.Part).Order())}): alla delar behövs för en rapport över hela körningen.");
        return [.. found.OrderBy(f => f.Plan.Part)];
    }

    private static Found ReadOne(string folder)
    {
        if (!Directory.Exists(folder)) throw Refuse($"Mappen {folder} finns inte.");
        if (!Directory.EnumerateFileSystemEntries(folder).Any()) throw Refuse($"Mappen {folder} är tom: delen kördes inte, eller artefakten laddades inte ner.");
        var file = Path.Combine(folder, PartPlan.FileName);
        if (!File.Exists(file)) throw Refuse($"Mappen {folder} har ingen {PartPlan.FileName}: den kommer inte från run --del.");
        PartPlan plan;
        try { plan = PartPlan.Read(file); }
        catch (InvalidDataException e) { throw Refuse(e.Message); }
        if (plan.SuiteExitCode is null)
            throw Refuse($"Del {plan.Part} av {plan.Parts} i {folder} kördes inte klart (ingen slutkod i {PartPlan.FileName}).");
        return new Found(folder, plan);
    }

    private static UsageException Refuse(string message) => new($"rapport --sla-ihop: {message}");
}
