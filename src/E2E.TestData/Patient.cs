namespace E2E.TestData;

public enum Sex { Kvinna, Man }

/// <summary>A test patient: a Skatteverket test identity with a Swedish name and address.</summary>
public sealed record Patient(
    string Personnummer,
    string FirstName,
    string LastName,
    Sex Sex,
    string StreetAddress,
    string PostalCode,
    string Town,
    string Municipality)
{
    public string FullName => $"{FirstName} {LastName}";

    /// <summary>As shown in the UIs: YYYYMMDD-NNNN (the suite only picks patients under 100, so never "+").</summary>
    public string DisplayPersonnummer => $"{Personnummer[..8]}-{Personnummer[8..]}";

    public DateOnly BirthDate => DateOnly.ParseExact(Personnummer[..8], "yyyyMMdd");

    public override string ToString() => $"{FullName} ({DisplayPersonnummer}), {StreetAddress}, {PostalCode} {Town}";
}
