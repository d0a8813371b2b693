using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Data;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Integration.Directory;

/// <summary>
/// Which system and inbox serve a unit on a date, under the rule set in force. The directory's answers, the
/// demo users' systems and the routing all ask here, so they can never disagree.
/// </summary>
public sealed class SystemChoice(SystemChoiceRuleSet rules, SimulationState state)
{
    public SystemChoiceRuleSet Rules => rules;

    public string SystemOn(UnitRecord unit, DateOnly date) =>
        // Fault: the directory was never switched over, so a unit live in Samvy still answers SAMSA.
        state.IsOn(KnownFaults.WrongSystemAfterGoLive) ? rules.SystemUtanDriftsattning : rules.SystemOn(unit.DriftsattFran, date);

    /// <summary>The unit with its system and inbox ("system:hsaId") for the given date.</summary>
    public UnitDto Describe(UnitRecord unit, DateOnly date)
    {
        var system = SystemOn(unit, date);
        return new UnitDto(unit.HsaId, unit.Namn, unit.Typ, unit.Kommun, system, unit.DriftsattFran, Inbox(system, unit.HsaId));
    }

    public static string Inbox(string system, string hsaId) => $"{system}:{hsaId}";
}
