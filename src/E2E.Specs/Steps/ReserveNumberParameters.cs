using E2E.TestData.Reserve;
using E2E.Runner.Catalog;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>{utfärdare}: who issued a reserve number, as a tester says it ("VGR", "Region Exempelland", "den nationella reservidentiteten").</summary>
[Binding]
public sealed class ReserveNumberParameters
{
    [ParameterHelp("Vem som har utfärdat ett reservnummer.", Values = nameof(Issuers))]
    [StepArgumentTransformation("(VGR|Region Exempelland|den nationella reservidentiteten)", Name = "utfärdare")]
    public static IReserveNumberFormat Issuer(string name) => name switch
    {
        "VGR" => VgrReserveNumber.Instance,
        "Region Exempelland" => ExampleRegionReserveNumber.Instance,
        _ => NationalReserveNumber.Instance,
    };

    private static IEnumerable<string> Issuers() => ["VGR, Region Exempelland, den nationella reservidentiteten"];
}
