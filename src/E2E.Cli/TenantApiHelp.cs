using E2E.Tenants.Host;

namespace E2E.Cli;

/// <summary>
/// What "tenants" prints for trying the APIs by hand: SAMSA's OpenAPI document and token request, Samvy's FHIR base
/// and token request, as curl lines with this start's client id and secret. Those exist only in the simulation and
/// change at every start; real environments keep their secrets in environment variables.
/// </summary>
internal static class TenantApiHelp
{
    /// <summary>For the tenants as started, with the first demo user of each system.</summary>
    public static string Text(SimulatedTenants tenants) => Text(tenants.SamsaUrl, tenants.SamvyUrl, tenants.SamsaClient, tenants.SamvyClient,
        tenants.DemoUsers.First(u => u.System == "SAMSA"), tenants.DemoUsers.First(u => u.System == "Samvy"));

    public static string Text(Uri samsa, Uri samvy, ApiClientCredentials samsaClient, ApiClientCredentials samvyClient, DemoUser samsaUser, DemoUser samvyUser) => $$"""
        API:er för hand (curl, Postman). Klient-id och -hemlighet finns bara i simuleringen och byts vid varje start.
          SAMSA  REST, OpenAPI-dokument: {{samsa}}openapi/v1.json
                 token för {{samsaUser.Name}} ({{samsaUser.Role}}, {{samsaUser.UnitName}}):
                 curl -s -X POST {{samsa}}api/token -H 'Content-Type: application/json' \
                   -d '{"clientId":"{{samsaClient.ClientId}}","clientSecret":"{{samsaClient.ClientSecret}}","personHsaId":"{{samsaUser.PersonHsaId}}","enhetHsaId":"{{samsaUser.UnitHsaId}}"}'
          Samvy  FHIR R4, bas: {{samvy}}fhir/  (CapabilityStatement utan token: {{samvy}}fhir/metadata)
                 token för {{samvyUser.Name}} ({{samvyUser.Role}}, {{samvyUser.UnitName}}):
                 curl -s -X POST {{samvy}}oauth/token -d grant_type=client_credentials -d client_id={{samvyClient.ClientId}} \
                   -d client_secret={{samvyClient.ClientSecret}} -d person={{samvyUser.PersonHsaId}} -d enhet={{samvyUser.UnitHsaId}}
          Sedan: curl -H "Authorization: Bearer <token>" {{samvy}}fhir/Patient
        """;
}
