using E2E.Runner.Discovery;

namespace E2E.Cli.Delar;

/// <summary>
/// Which scenarios a dotnet test filter selects, judged by the CLI for balancing parts only: Category (tags) and Name
/// (the test case's name) with = != ~ !~, joined by &amp; | and brackets, &amp; before |. Any other filter gives null:
/// then every scenario weighs in. A wrong guess only unbalances parts: every scenario is in some part whatever this says,
/// and dotnet test's own filter decides what runs.
/// </summary>
internal static class FilterSelection
{
    public static Func<ScenarioCase, bool>? Of(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter)) return _ => true;
        var parser = new Parser(filter.Replace(" ", ""));
        var test = parser.Or();
        return test is not null && parser.AtEnd ? test : null;
    }

    private sealed class Parser(string text)
    {
        private int _at;

        public bool AtEnd => _at == text.Length;

        public Func<ScenarioCase, bool>? Or()
        {
            var left = And();
            while (left is not null && Take('|'))
            {
                var (l, r) = (left, And());
                left = r is null ? null : s => l(s) || r(s);
            }
            return left;
        }

        private Func<ScenarioCase, bool>? And()
        {
            var left = Term();
            while (left is not null && Take('&'))
            {
                var (l, r) = (left, Term());
                left = r is null ? null : s => l(s) && r(s);
            }
            return left;
        }

        private Func<ScenarioCase, bool>? Term()
        {
            if (!Take('(')) return Condition();
            var inner = Or();
            return inner is not null && Take(')') ? inner : null;
        }

        private Func<ScenarioCase, bool>? Condition()
        {
            var end = _at;
            while (end < text.Length && text[end] is not ('&' or '|' or '(' or ')')) end++;
            var condition = text[_at..end];
            _at = end;
            // The first operator in the condition splits it; at one place the two-character one wins.
            var (i, op) = new[] { "!=", "!~", "=", "~" }.Select(o => (At: condition.IndexOf(o, StringComparison.Ordinal), Op: o))
                .Where(x => x.At > 0).OrderBy(x => x.At).ThenByDescending(x => x.Op.Length).FirstOrDefault();
            if (op is null) return null;
            var (property, value) = (condition[..i], condition[(i + op.Length)..]);
            Func<ScenarioCase, IEnumerable<string>>? values = property.ToLowerInvariant() switch
            {
                "category" or "testcategory" => s => s.Tags,
                "name" or "displayname" => s => [s.DisplayName],
                _ => null,
            };
            if (values is null) return null;
            // dotnet test compares without regard to case.
            Func<string, bool> match = op.EndsWith('~')
                ? v => v.Contains(value, StringComparison.OrdinalIgnoreCase)
                : v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase);
            return op.StartsWith('!') ? s => !values(s).Any(match) : s => values(s).Any(match);
        }

        private bool Take(char c)
        {
            if (_at >= text.Length || text[_at] != c) return false;
            _at++;
            return true;
        }
    }
}
