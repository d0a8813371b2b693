namespace E2E.Tenants.Tests.Support;

/// <summary>The seeded units (see the tenant README).</summary>
public static class Units
{
    public const string Avd32Nal = "SE2321000131-E000000000321";
    public const string Avd51Sahlgrenska = "SE2321000131-E000000000511";
    public const string Lerum = "SE2321000131-E000000001001";
    public const string Alingsas = "SE2321000131-E000000001002";

    public const string Avd32NalName = "Avdelning 32, NÄL";
    public const string Avd51SahlgrenskaName = "Avdelning 51, Sahlgrenska";
    public const string LerumName = "Hemsjukvården Lerums kommun";
    public const string AlingsasName = "Hemsjukvården Alingsås kommun";
}

/// <summary>Patients with personnummer from Skatteverket's test list only.</summary>
public static class TestPatients
{
    public static readonly TestPatient Anna = new("194001042383", "Anna", "Testsson", "Storgatan 1", "443 30", "Lerum");
    public static readonly TestPatient Bo = new("194001079120", "Bo", "Provsson", "Kungsgatan 5", "441 30", "Alingsås");
}

public sealed record TestPatient(string Personnummer, string Fornamn, string Efternamn, string Gatuadress, string Postnummer, string Postort)
{
    public string Display => $"{Personnummer[..8]}-{Personnummer[8..]}";
    public string FullName => $"{Fornamn} {Efternamn}";
}
