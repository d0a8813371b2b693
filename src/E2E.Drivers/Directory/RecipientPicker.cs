using E2E.Organisation;

namespace E2E.Drivers.Directory;

/// <summary>What one system's recipient picker offered a person, read once; the checks compare against it.</summary>
public sealed record RecipientPicker(CareSystem System, IReadOnlyList<OfferedRecipient> Offered)
{
    public string Where => $"mottagarvalet i {System.Display()}";

    public IReadOnlyList<OfferedRecipient> Named(string unitName) => [.. Offered.Where(o => o.Name == unitName)];
}
