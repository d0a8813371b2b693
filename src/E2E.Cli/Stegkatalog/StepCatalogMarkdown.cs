using System.Text;

namespace E2E.Cli.Stegkatalog;

/// <summary>features/stegkatalog.md: the catalogue a tester reads before writing a scenario, in the repository.</summary>
internal static class StepCatalogMarkdown
{
    public static string Render(StepCatalogView view)
    {
        var md = new StringBuilder();
        md.AppendLine("# Stegkatalog").AppendLine()
            .AppendLine("Alla steg som du kan skriva i ett scenario under `features/`, med vad de gör, vad parametrarna godtar och")
            .AppendLine("rader ur riktiga scenarier. Katalogen skrivs av `dotnet run --project src/E2E.Cli -- steg` ur stegdefinitionerna")
            .AppendLine("och feature-filerna; ändra den inte för hand (ett test underkänner en katalog som inte stämmer).").AppendLine()
            .AppendLine("**Givet** ordnar förutsättningar, **När** gör det som prövas, **Så** kontrollerar resultatet; **Och** och **Men**")
            .AppendLine("räknas som steget före. En parameter som `{enhet}` byts mot ett värde som står under [Parametertyper](#parametertyper).").AppendLine()
            .AppendLine($"{view.Steps.Count} steg i {view.Subjects.Count} ämnen och {view.Parameters.Count} parametertyper. " +
                        $"{view.Steps.Count(s => !s.Unused)} steg används i features, {view.Unused.Count()} används inte " +
                        "(`dotnet run --project src/E2E.Cli -- steg --oanvanda`).").AppendLine()
            .AppendLine("## Innehåll").AppendLine();
        md.AppendLine("- [Steg per ämne](#steg-per-amne): " +
                      string.Join(" · ", view.Subjects.Select(s => $"[{s.Subject}](#amne-{StepCatalogView.Slug(s.Subject)}) ({s.Steps.Count})")));
        md.AppendLine("- [Steg per process](#steg-per-process)").AppendLine("- [Parametertyper](#parametertyper)").AppendLine();

        md.AppendLine("<a id=\"steg-per-amne\"></a>").AppendLine().AppendLine("## Steg per ämne").AppendLine();
        foreach (var (subject, steps) in view.Subjects)
        {
            md.AppendLine($"<a id=\"amne-{StepCatalogView.Slug(subject)}\"></a>").AppendLine().AppendLine($"### {subject}").AppendLine();
            foreach (var step in steps) Step(md, step);
        }

        md.AppendLine("## Steg per process").AppendLine();
        foreach (var (process, steps) in view.ByProcess)
        {
            md.AppendLine($"### {process}").AppendLine();
            foreach (var (step, lines) in steps) md.AppendLine($"- [{Code(step.Title)}](#{step.Anchor}) ({Lines(lines)})");
            md.AppendLine();
        }

        md.AppendLine("## Parametertyper").AppendLine();
        foreach (var parameter in view.Parameters)
        {
            md.AppendLine($"<a id=\"param-{StepCatalogView.Slug(parameter.Name)}\"></a>").AppendLine()
                .AppendLine($"### {{{parameter.Name}}}").AppendLine()
                .AppendLine(parameter.Help ?? "*(saknar beskrivning)*").AppendLine();
            foreach (var values in parameter.Values) md.AppendLine($"- {values}");
            if (parameter.Values.Count > 0) md.AppendLine();
        }
        return md.ToString().TrimEnd() + "\n";
    }

    private static void Step(StringBuilder md, CatalogStep step)
    {
        md.AppendLine($"<a id=\"{step.Anchor}\"></a>").AppendLine().AppendLine($"#### {Code(step.Title)}{step.KindNote}").AppendLine()
            .AppendLine(step.Entry.Help ?? "*(saknar beskrivning)*").AppendLine();
        if (step.Entry.Parameters.Count > 0)
            md.AppendLine("- Parametrar: " + string.Join(", ", step.Entry.Parameters.Select(p => $"[{{{p}}}](#param-{StepCatalogView.Slug(p)})")));
        foreach (var use in step.Examples)
            md.AppendLine($"- Exempel: {Code(StepCatalogView.Example(use))} ({use.File}:{use.Line})");
        md.AppendLine(step.Unused
            ? "- Används inte i något scenario ännu."
            : $"- Används på {Lines(step.Lines)} i {step.Files} feature-{(step.Files == 1 ? "fil" : "filer")}; processer: {string.Join(", ", step.Processes)}");
        md.AppendLine($"- Stegdefinition: `{step.Entry.Source}`").AppendLine();
    }

    private static string Lines(int count) => count == 1 ? "1 rad" : $"{count} rader";

    // Backticks inside a step are rare; a double backtick span keeps one readable if it comes.
    private static string Code(string text) => text.Contains('`') ? $"`` {text} ``" : $"`{text}`";
}
