using E2E.Drivers.Actors;
using E2E.Drivers.Directory;

namespace E2E.Specs.Contexts;

/// <summary>The recipient picker the scenario last opened ("mottagarvalet" in the next steps), and who opened it.</summary>
public sealed class PickerContext
{
    public sealed record OpenedPicker(Actor Person, RecipientPicker Picker);

    public OpenedPicker? Opened { get; set; }

    public OpenedPicker Require() => Opened ?? throw new InvalidOperationException(
        "Scenariot har inte öppnat något mottagarval ännu: börja med \"När sjuksköterskan på avdelningen öppnar mottagarvalet för …\".");
}
