using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using E2E.Reporting.History;

namespace E2E.Reporting.Matrix;

/// <summary>
/// The matrix for machines (artifacts/processmatris.json): every cell with its state, counts, dates and the scenarios
/// behind it, and the scenarios that newly broke, were fixed or are flaky. The same object goes into sammanfattning.json.
/// </summary>
public static class ProcessMatrixJson
{
    public const string FileName = "processmatris.json";

    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="reportLink">Where a scenario is shown in the HTML report, relative to the matrix file.</param>
    public static object Shape(MatrixHistory.Result result, Func<MatrixScenario, string> reportLink)
    {
        var matrix = result.Matrix;
        return new
        {
            tid = matrix.RunAt,
            miljö = matrix.Environment,
            riktningar = matrix.Directions,
            processer = matrix.Rows.Select(row => new
            {
                id = row.Id,
                namn = row.Title,
                kritisk = row.Critical,
                scenarier = row.Scenarios,
                celler = row.Cells.Select(cell => new
                {
                    riktning = cell.Direction,
                    status = cell.State.Swedish(),
                    scenarier = cell.Scenarios,
                    godkända = cell.Passed,
                    varför = cell.Why,
                    senastGrön = cell.LastGreen,
                    rödSedan = cell.RedSince,
                    nyttRött = cell.NewlyRed,
                    instabila = cell.Flaky,
                    underkändaIKarantän = cell.FailedInQuarantine,
                    länkar = cell.Behind.Select(s => new
                    {
                        namn = s.Name, status = s.Status, href = reportLink(s), instabil = s.Flaky, försök = s.Attempts, karantän = s.Quarantine?.Text,
                    }),
                }),
            }),
            förändringar = new
            {
                nyaFel = result.NewlyBroken.Select(s => s.Name),
                lagade = result.Fixed.Select(s => s.Name),
                instabila = result.Flaky.Select(s => s.Name),
                instabilaIKörningen = matrix.Scenarios.Where(s => s.Flaky).Select(s => s.Name),
                iKarantän = matrix.Scenarios.Where(s => s.Quarantine is not null).Select(s => new { namn = s.Name, karantän = s.Quarantine!.Text, utgången = s.Quarantine.Expired }),
            },
            tidigareKörningar = result.Earlier.Count,
        };
    }

    public static void Write(string file, MatrixHistory.Result result, Func<MatrixScenario, string> reportLink)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        File.WriteAllText(file, JsonSerializer.Serialize(Shape(result, reportLink), Options), new UTF8Encoding(false));
    }
}
