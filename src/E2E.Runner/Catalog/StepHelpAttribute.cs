namespace E2E.Runner.Catalog;

/// <summary>
/// What a step does, in one or two Swedish sentences for the tester who writes it: shown in the step catalogue
/// (<c>steg</c>, features/stegkatalog.md and the report). Say what the step arranges or checks, not how.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class StepHelpAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}

/// <summary>The subject a binding class's steps are listed under in the step catalogue ("Meddelanden", "SIP", "Tid" …).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class StepSubjectAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>
/// What a parameter type ({enhet}, {datum} …) accepts, in Swedish, on its StepArgumentTransformation. <see cref="Values"/>
/// names a static method of the same class that returns the accepted values (one line per group), read from the same
/// catalogues the transformation uses, so the list in the catalogue cannot drift from what the step accepts.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ParameterHelpAttribute(string text) : Attribute
{
    public string Text { get; } = text;

    public string? Values { get; init; }
}
