using Microsoft.Playwright;

namespace E2E.Drivers.Ui;

/// <summary>Chooses an option in a combobox, whether it is a native select or a searchable text box with a list.</summary>
internal static class ComboboxChooser
{
    public static async Task ChooseAsync(ILocator combobox, string optionText, IFrameLocatorOrPage scope)
    {
        var tag = await combobox.EvaluateAsync<string>("el => el.tagName.toLowerCase()");
        if (tag == "select")
        {
            await combobox.SelectOptionAsync(new SelectOptionValue { Label = optionText });
            return;
        }
        // Searchable: type to filter, then pick the option if the widget renders one (a datalist needs only the text).
        await combobox.FillAsync(optionText);
        var option = scope.Option(optionText);
        if (await option.CountAsync() > 0 && await option.First.IsVisibleAsync()) await option.First.ClickAsync();
    }
}

/// <summary>Where to look for a combobox's options: the page or an iframe.</summary>
internal sealed class IFrameLocatorOrPage(Func<string, ILocator> option)
{
    public ILocator Option(string name) => option(name);

    public static IFrameLocatorOrPage Of(IPage page) =>
        new(name => page.GetByRole(AriaRole.Option, new() { Name = name, Exact = true }));

    public static IFrameLocatorOrPage Of(IFrameLocator frame) =>
        new(name => frame.GetByRole(AriaRole.Option, new() { Name = name, Exact = true }));
}
