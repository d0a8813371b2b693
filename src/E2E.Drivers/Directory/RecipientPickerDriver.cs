using E2E.Drivers.Actors;
using E2E.Drivers.Messages;
using E2E.Drivers.Systems;
using E2E.Organisation;

namespace E2E.Drivers.Directory;

/// <summary>
/// The recipient pickers and unit search of both systems (P02, P03): a person opens the send form and the suite reads
/// what it offers; what it must offer comes from the directory, the rule set in force and the scenario's own words.
/// A check of an offered inbox records its direction: the picker's system → the inbox's system.
/// </summary>
public sealed class RecipientPickerDriver(SystemAdapters systems, ActorSessions sessions, DirectoryApiClient directory, DirectionLog directions)
{
    public async Task<RecipientPicker> OpenAsync(Actor person, Admission admission, MessageKind kind)
    {
        var system = await systems.SystemOfAsync(person.Unit);
        var page = await sessions.SignedInAsync(person, system);
        return new RecipientPicker(system, await systems.For<IRecipientPicking>(system).OfferedRecipientsAsync(page, admission, kind));
    }

    /// <summary>The unit is offered exactly once, with this inbox.</summary>
    public void ShouldOffer(RecipientPicker picker, KnownUnit unit, string inbox)
    {
        RecordDirection(picker.System, inbox);
        var found = picker.Named(unit.DisplayName);
        if (found.Count != 1 || found[0].Inbox != inbox)
            throw new BusinessAssertionException(
                $"{Capitalised(picker.Where)} skulle erbjuda {unit.DisplayName} en gång, med {inbox}, men erbjöd " +
                (found.Count == 0 ? "den inte alls." : $"{string.Join(" och ", found.Select(f => f.Inbox))}."));
    }

    /// <summary>The unit is not offered with any inbox in this system (a Samvy inbox of a unit not live yet, say).</summary>
    public void ShouldNotOfferInbox(RecipientPicker picker, KnownUnit unit, string inbox)
    {
        RecordDirection(picker.System, inbox);
        if (picker.Named(unit.DisplayName).Any(o => o.Inbox == inbox))
            throw new BusinessAssertionException($"{Capitalised(picker.Where)} erbjuder {unit.DisplayName} med {inbox}, men ska inte göra det.");
    }

    /// <summary>
    /// Every unit of the directory is offered once, with its inbox in the system the directory gives it today; in
    /// Samvy a unit still waiting for its live-from date shows with its SAMSA inbox, or not at all, as the rule set says.
    /// </summary>
    public async Task ShouldMatchDirectoryAsync(RecipientPicker picker)
    {
        directions.Record(picker.System, CareSystem.Samsa);
        directions.Record(picker.System, CareSystem.Samvy);
        var rules = await directory.GetSystemChoiceRulesAsync();
        var expected = (await directory.GetUnitsAsync())
            .Where(u => !(picker.System == CareSystem.Samvy && IsWaiting(u) && rules.HidesWaitingUnitsInSamvy))
            .Select(u => new OfferedRecipient(u.Namn, OfferedRecipient.InboxText(u.System, picker.System.Display())))
            .ToList();
        var missing = expected.Except(picker.Offered).ToList();
        var unexpected = picker.Offered.Except(expected).ToList();
        var twice = picker.Offered.GroupBy(o => o.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (missing.Count + unexpected.Count + twice.Count == 0) return;
        throw new BusinessAssertionException(
            $"{Capitalised(picker.Where)} stämmer inte med katalogen (regelverk {rules.Namn}; {picker.Offered.Count} erbjudna, {expected.Count} väntade)." +
            Listed(" Saknas", missing) + Listed(" Erbjuds men ska inte", unexpected) +
            (twice.Count == 0 ? "" : $" Erbjuds mer än en gång: {string.Join(", ", twice.Take(5))}."));
    }

    /// <summary>The system's unit search (Samvy: FHIR Organization) gives the unit with exactly these inboxes (none: not found).</summary>
    public async Task SearchShouldGiveAsync(CareSystem system, KnownUnit unit, KnownUnit actingUnit, params string[] inboxes)
    {
        foreach (var inbox in inboxes) RecordDirection(system, inbox);
        var found = (await systems.For<IUnitSearch>(system).SearchUnitsAsync(unit.DisplayName, actingUnit))
            .Where(o => o.Name == unit.DisplayName).Select(o => o.Inbox).ToList();
        if (!found.Order().SequenceEqual(inboxes.Order()))
            throw new BusinessAssertionException(
                $"Sökningen efter {unit.DisplayName} i {system.Display()}s API gav {(found.Count == 0 ? "ingen träff" : string.Join(" och ", found))}, " +
                $"men skulle ge {(inboxes.Length == 0 ? "ingen träff" : string.Join(" och ", inboxes))}.");
    }

    // "Samvy-inkorg via integrationen" offered in SAMSA is the direction SAMSA → Samvy.
    private void RecordDirection(CareSystem pickerSystem, string inbox) =>
        directions.Record(pickerSystem, CareSystemNames.Parse(inbox[..inbox.IndexOf("-inkorg", StringComparison.Ordinal)]));

    // Has a live-from date, but the directory does not put it in Samvy yet.
    private static bool IsWaiting(UnitInfo unit) => unit.DriftsattFran is not null && unit.CareSystem != CareSystem.Samvy;

    private static string Listed(string label, IReadOnlyList<OfferedRecipient> items) =>
        items.Count == 0 ? "" : $"{label} ({items.Count}): {string.Join(", ", items.Take(5))}{(items.Count > 5 ? " …" : "")}.";

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
