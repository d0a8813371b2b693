using E2E.Organisation;
using E2E.Drivers.Attempts;
using E2E.Drivers.Http;
using E2E.TestData;
using E2E.TestData.Identities;
using Hl7.Fhir.Model;
using TestPatient = E2E.TestData.Patient;

namespace E2E.Drivers.Samvy;

/// <summary>Samvy's FHIR R4 API: used to arrange (patient, encounter) and to cross-check notices.</summary>
public sealed class SamvyFhirClient(TenantHttpClients http)
{
    /// <summary>Creates the patient in Samvy, acting for the ward that admits them; returns the Patient resource id.</summary>
    public async Task<string> CreatePatientAsync(TestPatient patient, string wardHsaId)
    {
        TestIdentityGuard.EnsureTestIdentity(patient.Personnummer);
        var resource = new Hl7.Fhir.Model.Patient
        {
            Identifier = [IdentifierFor(patient)],
            Name = [new HumanName { Family = patient.LastName, Given = [patient.FirstName] }],
            Gender = patient.Sex == Sex.Man ? AdministrativeGender.Male : AdministrativeGender.Female,
            BirthDate = patient.BirthDate.ToString("yyyy-MM-dd"),
            Address = [new Address { Line = [patient.StreetAddress], PostalCode = patient.PostalCode, City = patient.Town }],
        };
        return (await PostAsync(resource, wardHsaId, $"skapa patienten {patient.ShownIdentity} i Samvy")).Id!;
    }

    /// <summary>Admits the patient on a Samvy ward (an in-progress inpatient Encounter); returns its id.</summary>
    public async Task<string> AdmitAsync(string patientId, string wardHsaId, DateTimeOffset admittedAt)
    {
        var encounter = new Encounter
        {
            Status = Encounter.EncounterStatus.InProgress,
            Class = new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP", "inpatient encounter"),
            Subject = new ResourceReference($"Patient/{patientId}"),
            ServiceProvider = new ResourceReference(SamvyIdentifiers.Organization(wardHsaId)),
            Period = new Period { StartElement = new FhirDateTime(admittedAt) },
        };
        return (await PostAsync(encounter, wardHsaId, $"skriva in patienten på {wardHsaId} i Samvy")).Id!;
    }

    /// <summary>The patient's id in Samvy found by their identity, acting for a Samvy unit; null when Samvy has no such patient.</summary>
    public async Task<string?> FindPatientIdAsync(TestPatient patient, string unitHsaId)
    {
        var bundle = await SearchAsync($"Patient?identifier={Uri.EscapeDataString(IdentifierOf(patient))}", unitHsaId);
        return bundle.Entry.Select(e => e.Resource).OfType<Hl7.Fhir.Model.Patient>().FirstOrDefault()?.Id;
    }

    /// <summary>The Flags Samvy shows for the patient ("SAMSA-ärende pågår"), as "text (author)".</summary>
    public async Task<IReadOnlyList<string>> FlagsAsync(TestPatient patient, string unitHsaId)
    {
        var bundle = await SearchAsync($"Flag?subject:identifier={Uri.EscapeDataString(IdentifierOf(patient))}", unitHsaId);
        return [.. bundle.Entry.Select(e => e.Resource).OfType<Flag>().Where(f => f.Status == Flag.FlagStatus.Active)
            .Select(f => $"{f.Code?.Text} ({f.Author?.Display})")];
    }

    /// <summary>Organization?name:contains=…: each unit with the inbox Samvy gives it (the inbox identifier's text).</summary>
    public async Task<IReadOnlyList<Directory.OfferedRecipient>> SearchOrganizationsAsync(string nameContains, string unitHsaId)
    {
        var bundle = await SearchAsync($"Organization?name:contains={Uri.EscapeDataString(nameContains)}", unitHsaId);
        return [.. bundle.Entry.Select(e => e.Resource).OfType<Organization>().Select(o => new Directory.OfferedRecipient(
            o.Name ?? "(utan namn)", o.Identifier.FirstOrDefault(i => i.System == SamvyIdentifiers.InboxSystem)?.Type?.Text ?? "(ingen inkorg)"))];
    }

    /// <summary>P12: the messages to another unit (Communication?recipient=), searched with the acting unit's token; the answer as it came.</summary>
    public async Task<ApiAttempt> TryReadInboxAsync(string actingUnitHsaId, string inboxUnitHsaId)
    {
        using var request = await http.Tokens.RequestAsync(CareSystem.Samvy, actingUnitHsaId, HttpMethod.Get,
            $"fhir/Communication?recipient={Uri.EscapeDataString(SamvyIdentifiers.Organization(inboxUnitHsaId))}");
        using var response = await http.Samvy.SendAsync(request);
        return new ApiAttempt((int)response.StatusCode, await ProblemText.ReadAsync(response));
    }

    // A patient not yet identified is known to Samvy by the reserve number under its issuer's OID.
    private static Identifier IdentifierFor(TestPatient patient) => patient.ReserveNumber is { } r
        ? new Identifier($"urn:oid:{r.Oid}", r.Value)
        : new Identifier($"urn:oid:{IdentityOids.For(patient.Identity.Kind)}", patient.Personnummer);

    private static string IdentifierOf(TestPatient patient)
    {
        var id = IdentifierFor(patient);
        return $"{id.System}|{id.Value}";
    }

    private async Task<Bundle> SearchAsync(string query, string unitHsaId)
    {
        using var request = await http.Tokens.RequestAsync(CareSystem.Samvy, unitHsaId, HttpMethod.Get, $"fhir/{query}");
        var response = await http.Samvy.SendAsync(request);
        await response.EnsureSuccessAsync($"söka {query} i Samvy");
        return await FhirJson.ReadAsync<Bundle>(response);
    }

    private async Task<T> PostAsync<T>(T resource, string unitHsaId, string attempt) where T : Resource
    {
        using var request = await http.Tokens.RequestAsync(
            CareSystem.Samvy, unitHsaId, HttpMethod.Post, $"fhir/{resource.TypeName}", FhirJson.Content(resource));
        var response = await http.Samvy.SendAsync(request);
        await response.EnsureSuccessAsync(attempt);
        var created = await FhirJson.ReadAsync<T>(response);
        return created.Id is null ? throw new InvalidOperationException($"Samvy gav inget id när vi försökte {attempt}.") : created;
    }
}
