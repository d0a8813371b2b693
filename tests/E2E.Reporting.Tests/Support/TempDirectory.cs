namespace E2E.Reporting.Tests.Support;

/// <summary>A fresh directory under the system temp folder, removed again when disposed.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "e2e-reporting-" + Guid.NewGuid().ToString("N"));

    public TempDirectory() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { /* a report viewer may hold a file; temp is cleaned anyway */ }
    }
}
