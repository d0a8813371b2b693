using Microsoft.Playwright;
using E2E.Drivers.Directory;
using E2E.TestData;

namespace E2E.Drivers.Systems;

/// <summary>
/// P07: a person at the ward identifies a patient admitted under a reserve number (sammankoppling) in the system's
/// pages. Returns the admission as it stands afterwards: the identified patient, and in Samvy the surviving chart.
/// </summary>
public interface IIdentifying : ICareSystemAdapter
{
    Task<Admission> IdentifyAsync(IPage page, Admission admission);
}

/// <summary>
/// How the system shows a patient to a person at the ward: SAMSA's list of the ward's patients (found by name),
/// Samvy's chart banner (found by the identity the scenario knows). Null when the system shows no such patient.
/// </summary>
public interface IPatientIdentityView : ICareSystemAdapter
{
    Task<ShownPatient?> ShownPatientAsync(IPage page, Patient patient, KnownUnit ward);
}

/// <summary>A patient's name and identity (personnummer, or reserve number with its issuer) as a system shows them.</summary>
public sealed record ShownPatient(string Name, string Identity)
{
    public override string ToString() => $"{Name}, {Identity}";
}
