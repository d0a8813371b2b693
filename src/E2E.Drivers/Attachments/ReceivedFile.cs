namespace E2E.Drivers.Attachments;

/// <summary>
/// One file as the receiver meets it on the opened message: the row in "Bilagor" (name, type, size, SHA-256 as
/// shown) and the file the browser saved when the name was clicked.
/// </summary>
public sealed record ReceivedFile(string Name, string ShownType, string ShownSize, string ShownSha256, string SavedName, byte[] Saved);
