using Microsoft.Playwright;

namespace E2E.Drivers.Ui;

/// <summary>
/// Chooses a recipient in a combobox, whether a native select (SAMSA) or a searchable text box with a datalist
/// (Samvy). An option the system does not offer is a product failure, reported in Swedish with what was offered.
/// </summary>
internal static class ComboboxChooser
{
    public static async Task ChooseAsync(ILocator combobox, string optionText, string where)
    {
        var offered = await combobox.EvaluateAsync<string[]?>(
            @"el => el.tagName === 'SELECT' ? [...el.options].map(o => o.label.trim())
                  : el.list ? [...el.list.options].map(o => (o.value || o.label).trim()) : null");
        if (offered is not null && !offered.Contains(optionText))
            throw new BusinessAssertionException(
                $"'{optionText}' går inte att välja som mottagare i {where}. " +
                $"Valbara: {(offered.Length == 0 ? "(inga)" : string.Join(", ", offered))}.");

        if (await combobox.EvaluateAsync<bool>("el => el.tagName === 'SELECT'"))
            await combobox.SelectOptionAsync(new SelectOptionValue { Label = optionText });
        else
            await combobox.FillAsync(optionText);
    }
}
