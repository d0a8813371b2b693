namespace E2E.Drivers.Directory;

/// <summary>The parts of the systemval rule set in force that a picker check needs (api/regelverk).</summary>
public sealed record SystemChoiceRules(string Namn, string EjDriftsattaISamvy)
{
    /// <summary>Samvy hides a unit that is not live yet, instead of showing it with its SAMSA inbox.</summary>
    public bool HidesWaitingUnitsInSamvy => EjDriftsattaISamvy == "dold";
}
