using E2E.TestData.Reserve;
using Pnr = E2E.TestData.Identities.Personnummer;

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
    /// <summary>A reserve number the patient is known by until identified; the real identity is linked to it.</summary>
    public ReserveIdentity? ReserveNumber { get; init; }

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>
    /// How the systems show the patient: while they are known only by their reserve number, the number with its
    /// issuer ("19810829M071 (reservnummer 1.2.752.113.11.0.2.1.1.1)"); otherwise <see cref="DisplayPersonnummer"/>.
    /// </summary>
    public string ShownIdentity => ReserveNumber is { } r ? $"{r.Value} (reservnummer {r.Oid})" : DisplayPersonnummer;

    /// <summary>The patient once identified (sammankoppling): known by the personnummer from then on.</summary>
    public Patient Identified() => this with { ReserveNumber = null };

    /// <summary>The personnummer or samordningsnummer, parsed.</summary>
    public Pnr Identity => Pnr.Parse(Personnummer);

    /// <summary>As the UIs show it: YYYYMMDD-NNNN, '-' also from 100 (see <see cref="Pnr.ToString"/>).</summary>
    public string DisplayPersonnummer => Identity.ToString();

    /// <summary>The builder only picks identities with a full birth date (samordningsnummer with day − 60).</summary>
    public DateOnly BirthDate => Identity.BirthDate ?? throw new InvalidOperationException(
        $"{DisplayPersonnummer} har inget fullständigt födelsedatum (månad 00 eller dag 60).");

    public override string ToString() => $"{FullName} ({DisplayPersonnummer}), {StreetAddress}, {PostalCode} {Town}";
}
