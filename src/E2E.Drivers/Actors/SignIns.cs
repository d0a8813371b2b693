using System.Collections.Concurrent;
using E2E.Organisation;

namespace E2E.Drivers.Actors;

/// <summary>
/// The run's logins, kept so each person signs in to a system once per run rather than once per scenario: the
/// login pages were about half of a scenario's browser time. A login a scenario checks (P12) always goes through
/// the pages (<see cref="ActorSessions.TryLogInAsync"/>).
/// </summary>
public sealed class SignIns
{
    private readonly ConcurrentDictionary<Key, SignedInState> _kept = new();

    public readonly record struct Key(Uri Tenant, CareSystem System, string Person, string Role, string Unit);

    public SignedInState? Find(Key key) => _kept.GetValueOrDefault(key);

    public void Keep(Key key, SignedInState state) => _kept[key] = state;
}
