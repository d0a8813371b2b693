namespace E2E.Drivers.Attachments;

/// <summary>
/// The files a person attaches, written to a folder of their own, as a person picks them from disk: the browser
/// reads them itself and decides their type by the file ending. A 10 MB buffer sent through Playwright's pipe
/// instead took seconds of both processors. Disposed once the form is sent; the folder goes with it.
/// </summary>
public sealed class FilesOnDisk : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "e2e-bilagor-" + Guid.NewGuid().ToString("N"));

    public FilesOnDisk(IEnumerable<AttachedFile> files)
    {
        System.IO.Directory.CreateDirectory(_folder);
        Paths = [.. files.Select(Write)];
    }

    public IReadOnlyList<string> Paths { get; }

    private string Write(AttachedFile file)
    {
        var path = Path.Combine(_folder, file.Name);
        File.WriteAllBytes(path, file.Content);
        return path;
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a file still held open: the temp folder is cleaned by the system */ }
    }
}
