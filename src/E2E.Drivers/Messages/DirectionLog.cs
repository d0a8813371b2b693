using E2E.Organisation;

namespace E2E.Drivers.Messages;

/// <summary>
/// The directions (sender's system → receiver's system) a scenario's messages took, recorded where they are sent,
/// before the attempt, so a scenario that fails while sending is a red cell of the process matrix, not an empty one.
/// </summary>
public sealed class DirectionLog
{
    private readonly List<string> _directions = [];

    public IReadOnlyList<string> All => _directions;

    public void Record(CareSystem sender, CareSystem receiver)
    {
        var direction = CareSystemNames.Direction(sender, receiver);
        if (!_directions.Contains(direction)) _directions.Add(direction);
    }
}
