using E2E.Drivers;
using E2E.Drivers.Directory;
using E2E.Specs.Support;
using E2E.TestData;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>
/// The words testers use for units, systems, municipalities and dates, as Cucumber-expression parameter types:
/// {enhet}, {system}, {kommun}, {datum}. One capture group each: Reqnroll passes the groups as arguments.
/// </summary>
[Binding]
public sealed class ParameterTransformations
{
    [StepArgumentTransformation(@"(avdelning \d+ på [\w-]+|hemsjukvården i [\w-]+ kommun)", Name = "enhet")]
    public static KnownUnit Unit(string name) => UnitCatalogue.Find(name);

    [StepArgumentTransformation("(SAMSA|Samvy)", Name = "system")]
    public static CareSystem System(string name) => CareSystemNames.Parse(name);

    [StepArgumentTransformation(@"([\w-]+ kommun)", Name = "kommun")]
    public static Municipalities.Municipality Municipality(string phrase) => Municipalities.FromPhrase(phrase);

    [StepArgumentTransformation(@"(idag|i dag|imorgon|i morgon|om \d+ dagar?|\d{4}-\d{2}-\d{2})", Name = "datum")]
    public static DateOnly Date(string phrase) => RelativeDate.Parse(phrase, DateOnly.FromDateTime(DateTime.Now));
}
