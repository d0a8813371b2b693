namespace E2E.Reporting.Matrix;

/// <summary>Times shown to a process owner are Swedish time, whatever time zone the CI machine runs in.</summary>
public static class MatrixTime
{
    public static string Format(DateTimeOffset at) => E2E.Core.Time.SwedishTime.ToSwedish(at).ToString("yyyy-MM-dd HH:mm");
}
