namespace E2E.Drivers.Attachments;

/// <summary>
/// Whether a file arrived unchanged: listed once under its name, with its type, exact size and SHA-256, and the
/// downloaded file has the same name, size and SHA-256 as the one sent. Every difference is named at once.
/// </summary>
public static class AttachmentChecks
{
    public static void ShouldBeUnchanged(IReadOnlyList<ReceivedFile> received, AttachedFile sent, string where)
    {
        var listed = received.Where(f => f.Name == sent.Name).ToList();
        if (listed.Count == 0)
            throw new BusinessAssertionException(
                $"{where} visar {(received.Count == 0 ? "inga bilagor alls" : $"bara bilagorna {string.Join(", ", received.Select(f => $"\"{f.Name}\""))}")}, " +
                $"men skulle visa bilagan \"{sent.Name}\".");
        if (listed.Count > 1)
            throw new BusinessAssertionException($"{where} visar bilagan \"{sent.Name}\" {listed.Count} gånger, men skulle visa den en gång.");
        var file = listed[0];
        var savedSha = AttachedFile.HashOf(file.Saved);
        var differences = new List<string>();
        if (file.ShownType != sent.ContentType) differences.Add($"filtypen visas som '{file.ShownType}', skickad som '{sent.ContentType}'");
        if (!file.ShownSize.Contains(AttachedFile.Bytes(sent.Size), StringComparison.Ordinal))
            differences.Add($"storleken visas som '{file.ShownSize}', skickad var {AttachedFile.Bytes(sent.Size)}");
        if (file.ShownSha256 != sent.Sha256) differences.Add($"SHA-256 visas som {file.ShownSha256}, skickad var {sent.Sha256}");
        if (file.SavedName != sent.Name) differences.Add($"den nedladdade filen heter '{file.SavedName}'");
        if (file.Saved.LongLength != sent.Size) differences.Add($"den nedladdade filen är {AttachedFile.Bytes(file.Saved.LongLength)}, skickad var {AttachedFile.Bytes(sent.Size)}");
        if (savedSha != sent.Sha256) differences.Add($"den nedladdade filen har SHA-256 {savedSha}, skickad var {sent.Sha256}");
        if (differences.Count > 0)
            throw new BusinessAssertionException($"{where}: bilagan \"{sent.Name}\" har ändrats på vägen: {string.Join("; ", differences)}.");
    }
}
