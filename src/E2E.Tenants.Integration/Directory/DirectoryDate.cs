using System.Globalization;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Integration.Directory;

/// <summary>The date a directory question is about: <c>?datum=yyyy-MM-dd</c>, or today on the simulated clock.</summary>
public sealed class DirectoryDate(SimulationState state)
{
    /// <summary>The asked date, today when none is given, null when it cannot be read.</summary>
    public DateOnly? Parse(string? datum) =>
        datum is null ? state.Today
        : DateOnly.TryParseExact(datum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static IResult Invalid(string? datum) =>
        Results.Problem($"Datumet \"{datum}\" ska skrivas som ÅÅÅÅ-MM-DD.", statusCode: 400, title: "Ogiltigt datum");
}
