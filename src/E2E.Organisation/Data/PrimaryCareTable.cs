namespace E2E.Organisation.Data;

/// <summary>A primary-care centre: a code (part of its HSA-id), its name after "Vårdcentralen" and municipality.</summary>
internal sealed record PrimaryCareCentre(int Code, string Name, string Municipality);

/// <summary>Primary-care centres (vårdcentraler) spread over the region; names are plausible, codes stable.</summary>
internal static class PrimaryCareTable
{
    public static readonly IReadOnlyList<PrimaryCareCentre> Rows =
    [
        new(1, "Lerum", "Lerum"),
        new(2, "Gråbo", "Lerum"),
        new(3, "Ängabo", "Alingsås"),
        new(4, "Sollebrunn", "Alingsås"),
        new(5, "Majorna", "Göteborg"),
        new(6, "Hisings Backa", "Göteborg"),
        new(7, "Kungshöjd", "Göteborg"),
        new(8, "Angered", "Göteborg"),
        new(9, "Torpavallen", "Göteborg"),
        new(10, "Sjöbo", "Borås"),
        new(11, "Norrby", "Borås"),
        new(12, "Lextorp", "Trollhättan"),
        new(13, "Källstorp", "Trollhättan"),
        new(14, "Vänersborg", "Vänersborg"),
        new(15, "Mölnlycke", "Härryda"),
        new(16, "Lindome", "Mölndal"),
        new(17, "Mölndal Centrum", "Mölndal"),
        new(18, "Partille", "Partille"),
        new(19, "Ytterby", "Kungälv"),
        new(20, "Stenungsund", "Stenungsund"),
        new(21, "Dalaberg", "Uddevalla"),
        new(22, "Ryd", "Skövde"),
        new(23, "Mariestad", "Mariestad"),
        new(24, "Lidköping Centrum", "Lidköping"),
        new(25, "Falköping", "Falköping"),
        new(26, "Strömstad", "Strömstad"),
        new(27, "Åmål", "Åmål"),
        new(28, "Ulricehamn", "Ulricehamn"),
        new(29, "Nödinge", "Ale"),
        new(30, "Öckerö", "Öckerö"),
    ];
}
