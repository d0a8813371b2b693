using E2E.Reporting.Redaction;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Reporting.Tests;

public sealed class SecretRedactorTests
{
    // Shaped like the simulated tenants' opaque tokens: 64 hex digits.
    private const string Token = "3f9a0c7be21d4e5f8a6b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f";

    [Test]
    public void An_authorization_header_and_a_bearer_token_in_running_text_are_hidden()
    {
        var text = $"Authorization: Bearer {Token}\nGET api/meddelanden skickades med Bearer abc.DEF-123_x~ till SAMSA";

        var redacted = SecretRedactor.Redact(text);

        redacted.Should().Be("Authorization: [dolt]\nGET api/meddelanden skickades med Bearer [dolt] till SAMSA");
    }

    [Test]
    public void A_token_inside_a_JSON_body_is_hidden_and_the_rest_of_the_body_stays_readable()
    {
        var body = $$"""{"accessToken":"{{Token}}","expiresIn":3600,"enhetHsaId":"SE2321000131-E000000000001","losenord":"hemligt \"citat\""}""";

        var redacted = SecretRedactor.Redact(body);

        redacted.Should().Be("""{"accessToken":"[dolt]","expiresIn":3600,"enhetHsaId":"SE2321000131-E000000000001","losenord":"[dolt]"}""");
    }

    [Test]
    public void A_token_in_JSON_carried_as_a_string_inside_other_JSON_is_hidden()
    {
        var outer = $$"""{"payload":"{\"access_token\":\"opaque-value.42\",\"typ\":\"inskrivningsmeddelande\"}"}""";

        var redacted = SecretRedactor.Redact(outer);

        redacted.Should().Be("""{"payload":"{\"access_token\":\"[dolt]\",\"typ\":\"inskrivningsmeddelande\"}"}""");
    }

    [Test]
    public void Form_and_query_secrets_cookies_and_API_keys_are_hidden_but_ids_are_not()
    {
        var text = "grant_type=client_credentials&client_id=e2e-samvy&client_secret=s3cr3t-v4lue&person=SE1\n" +
                   "Cookie: .Samsa.Inloggning=CfDJ8AbCdEfGhIjKlMnOpQrStUvWxYz0123456789; other=1\n" +
                   "x-api-key: nyckel-123\n" +
                   "efter inloggning sattes .Samvy.Inloggning=CfDJ8ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210\n" +
                   "apiKey=abc123 password: hunter2\n" +
                   "meddelande 0f1e2d3c4b5a69788796a5b4c3d2e1f0 till Samvy";

        var redacted = SecretRedactor.Redact(text);

        redacted.Should().NotContainAny("s3cr3t-v4lue", "CfDJ8", "nyckel-123", "abc123", "hunter2");
        redacted.Should().Contain("client_id=e2e-samvy", "a client id is no secret")
            .And.Contain("client_secret=[dolt]")
            .And.Contain("Cookie: [dolt]")
            .And.Contain("meddelande 0f1e2d3c4b5a69788796a5b4c3d2e1f0 till Samvy", "a message id (32 hex digits) stays readable");
    }

    [Test]
    public void A_JWT_a_bare_opaque_token_and_a_known_secret_are_hidden_wherever_they_stand()
    {
        var text = "svar: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl, sedan " + Token +
                   " och klienthemligheten Hx7-kQ2p i en mening";

        var redacted = SecretRedactor.Redact(text, ["Hx7-kQ2p"]);

        redacted.Should().Be("svar: [dolt], sedan [dolt] och klienthemligheten [dolt] i en mening");
    }

    [Test]
    public void Swedish_text_about_tokens_without_a_value_is_left_alone()
    {
        const string text = "Integrationens logg finns inte i miljön testmiljo; inget token eller lösenord visas här.";

        SecretRedactor.Redact(text).Should().Be(text);
    }
}
