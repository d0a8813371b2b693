namespace E2E.Core.Browser;

/// <summary>A file kept as proof of what happened (screenshot, trace), ready to attach to the report.</summary>
public sealed record Evidence(string Name, string MimeType, byte[] Content, string FileExtension);
