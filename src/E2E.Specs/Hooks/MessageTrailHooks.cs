using System.Text;
using E2E.Core.Settings;
using E2E.Drivers.Messages;
using E2E.Reporting;
using E2E.Reporting.Redaction;
using E2E.Specs.Support;
using Reqnroll;

namespace E2E.Specs.Hooks;

/// <summary>
/// A failed scenario that sent messages between units gets their trail beside the failing step: what was sent, what
/// the integration carried (read only now, so a passing scenario pays nothing) and what arrived, with every
/// credential hidden. Runs before the browser closes (ScenarioHooks, Order 0), so the inbox rows found can be read
/// again as they show when the scenario failed.
/// </summary>
[Binding]
public sealed class MessageTrailHooks(MessageTrail trail, ScenarioContext scenario)
{
    [AfterScenario(Order = -10)]
    public async Task AttachTrailWhenFailedAsync()
    {
        var failed = scenario.TestError is not null || scenario.ScenarioExecutionStatus != ScenarioExecutionStatus.OK;
        if (!failed || trail.IsEmpty) return;
        var run = TestRun.Current;
        var rowsNow = await InboxRowsNow.ReadAsync(trail.Seen); // the browser closes at Order 0
        var carried = await new IntegrationLog(run.Http).ReadAsync(trail.Patients);
        var text = SecretRedactor.Redact(MessageTrailText.Render(trail, carried, rowsNow), KnownSecrets(run.Endpoints));
        ScenarioReport.Attach(scenario, MessageTrailText.AttachmentName, "text/plain", Encoding.UTF8.GetBytes(text), "txt");
    }

    // The run's client secrets, hidden wherever they would appear (the patterns catch tokens and named fields).
    private static IEnumerable<string> KnownSecrets(TenantEndpoints endpoints) =>
        new[] { endpoints.Credentials.Samsa, endpoints.Credentials.Samvy }.OfType<ApiClient>().Select(c => c.ClientSecret.Reveal());
}
