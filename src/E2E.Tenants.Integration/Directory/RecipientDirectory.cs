using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Data;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Integration.Directory;

/// <summary>
/// The recipient picker of each system: every unit once, with its one inbox on the date (rule 1). A unit in the
/// other system is reached through the integration. Samvy never offers a Samvy inbox of a unit that is not live
/// yet (rule 5); the rule set says whether such a unit shows with its SAMSA inbox or not at all.
/// </summary>
public sealed class RecipientDirectory(SystemChoice choice, SimulationState state)
{
    public IEnumerable<RecipientDto> For(string pickerSystem, IEnumerable<UnitRecord> units, DateOnly date) =>
        units.Select(u => Recipient(pickerSystem, u, date)).OfType<RecipientDto>();

    public RecipientDto? Recipient(string pickerSystem, UnitRecord unit, DateOnly date)
    {
        var rules = choice.Rules;
        var inboxSystem = choice.SystemOn(unit, date);
        if (pickerSystem == SystemNames.Samvy && rules.IsWaiting(unit.DriftsattFran, date))
        {
            if (state.IsOn(KnownFaults.ShowUnitsNotLive))
            {
                // Fault: the unit's Samvy inbox is offered (and accepted) before its go-live; nobody reads it there.
                inboxSystem = rules.SystemFranDriftsattning;
            }
            else if (rules.EjDriftsattaISamvy == SystemChoiceRuleSet.Hidden)
            {
                return null;
            }
        }
        return new RecipientDto(
            unit.HsaId, unit.Namn, unit.Typ, unit.Kommun, inboxSystem, SystemChoice.Inbox(inboxSystem, unit.HsaId),
            ViaIntegration: inboxSystem != pickerSystem);
    }
}
