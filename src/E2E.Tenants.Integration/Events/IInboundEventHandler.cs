using E2E.Tenants.Integration.Contracts;

namespace E2E.Tenants.Integration.Events;

/// <summary>
/// A tenant's own reaction to an event from the other system, beyond keeping the reference: Samvy takes over what
/// SAMSA carries over, SAMSA notes where it went. Must be idempotent: the integration may deliver an event again.
/// </summary>
public interface IInboundEventHandler
{
    Task HandleAsync(RoutedEvent change, CancellationToken ct);
}
