namespace E2E.Cli.Kontroll;

/// <summary>One line of "kontroll": what was checked, and either what was found or what to do about it.</summary>
internal sealed record CheckLine(bool Ok, string What, string Detail)
{
    public static CheckLine Pass(string what, string found) => new(true, what, found);

    public static CheckLine Fail(string what, string whatToDo) => new(false, what, whatToDo);

    public override string ToString() => $"  {(Ok ? "OK " : "FEL")} {What,-22} {Detail}";
}
