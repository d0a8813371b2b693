using E2E.Reporting.Model;

namespace E2E.Reporting.Results;

/// <summary>
/// Writes result and attachment files. Safe to share between test threads: every file gets a fresh
/// GUID name, so no two writers ever touch the same path.
/// </summary>
internal sealed class AllureResultsWriter(string directory)
{
    public string Directory { get; } = directory;

    public void WriteResult(AllureTestResult result)
        => Write($"{result.Uuid}-result.json", AllureJson.ToUtf8Bytes(result));

    /// <summary>Writes the content and returns the file name to put in the attachment's <c>source</c>.</summary>
    public string WriteAttachment(byte[] content, string fileExtension)
    {
        var extension = fileExtension.Trim().TrimStart('.');
        var source = $"{Guid.NewGuid()}-attachment{(extension.Length > 0 ? "." + extension : "")}";
        Write(source, content);
        return source;
    }

    // Written beside and then renamed: a run stopped mid-write (SIGTERM) leaves no half file for the reader to choke on.
    private void Write(string fileName, byte[] content)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, fileName);
        var partial = path + ".skrivs";
        File.WriteAllBytes(partial, content);
        File.Move(partial, path, overwrite: true);
    }
}
