using E2E.TestData.Reserve;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>{utfärdare}: who issued a reserve number, as a tester says it ("VGR", "Region Exempelland", "den nationella reservidentiteten").</summary>
[Binding]
public sealed class ReserveNumberParameters
{
    [StepArgumentTransformation("(VGR|Region Exempelland|den nationella reservidentiteten)", Name = "utfärdare")]
    public static IReserveNumberFormat Issuer(string name) => name switch
    {
        "VGR" => VgrReserveNumber.Instance,
        "Region Exempelland" => ExampleRegionReserveNumber.Instance,
        _ => NationalReserveNumber.Instance,
    };
}
