namespace E2E.Tenants.Integration.Contracts;

/// <summary>
/// A file carried on a <see cref="RoutedMessage"/>: name, content type, size and the sender's SHA-256 (hex), with the
/// content itself (base64 in JSON). The receiving system recomputes the hash from the content and stores its own.
/// </summary>
public sealed record RoutedAttachment(string Namn, string Innehallstyp, long Storlek, string Sha256, byte[] Innehall);
