using System.Globalization;
using System.Text;

namespace E2E.Reporting.RunFiles;

/// <summary>
/// Java .properties escaping, as Allure reads environment.properties: backslash, separators and
/// comment marks in keys, line breaks and control characters everywhere, a leading space in values.
/// Non-ASCII text stays as UTF-8, which Allure 3 reads.
/// </summary>
internal static class PropertiesText
{
    public static string Format(IReadOnlyDictionary<string, string> values)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in values)
            text.Append(Escape(key, isKey: true)).Append('=').Append(Escape(value ?? "", isKey: false)).Append('\n');
        return text.ToString();
    }

    internal static string Escape(string text, bool isKey)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '\f' => @"\f",
                ' ' when isKey || i == 0 => @"\ ",
                '=' or ':' when isKey => "\\" + c,
                '#' or '!' when isKey || i == 0 => "\\" + c,
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
