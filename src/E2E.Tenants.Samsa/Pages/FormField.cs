namespace E2E.Tenants.Samsa.Pages;

/// <summary>What the shared _Falt partial needs to render one labelled input with its error.</summary>
public sealed record FormField(string Id, string Name, string Label, string Type, string? Value, string? Error);
