namespace E2E.Organisation.Data;

/// <summary>
/// The 49 municipalities of Västra Götaland: name, official (genitive) name, organisation number, main town and a
/// plausible postcode range. Organisation numbers are illustrative (212000-NNNC with a valid check digit), not the
/// municipalities' real ones: the suite only needs them to be format-valid and stable.
/// </summary>
internal static class MunicipalityTable
{
    public static readonly IReadOnlyList<Municipality> Rows =
    [
        new("Ale", "Ale kommun", "2120001009", "Nödinge", 44630, 44969),
        new("Alingsås", "Alingsås kommun", "2120001165", "Alingsås", 44130, 44196),
        new("Bengtsfors", "Bengtsfors kommun", "2120001322", "Bengtsfors", 66630, 66695),
        new("Bollebygd", "Bollebygds kommun", "2120001488", "Bollebygd", 51730, 51795),
        new("Borås", "Borås Stad", "2120001645", "Borås", 50330, 50764),
        new("Dals-Ed", "Dals-Eds kommun", "2120001801", "Ed", 66830, 66895),
        new("Essunga", "Essunga kommun", "2120001967", "Nossebro", 46530, 46595),
        new("Falköping", "Falköpings kommun", "2120002122", "Falköping", 52130, 52198),
        new("Färgelanda", "Färgelanda kommun", "2120002288", "Färgelanda", 45830, 45898),
        new("Grästorp", "Grästorps kommun", "2120002445", "Grästorp", 46730, 46796),
        new("Gullspång", "Gullspångs kommun", "2120002601", "Hova", 54730, 54895),
        new("Göteborg", "Göteborgs Stad", "2120002767", "Göteborg", 40010, 41878),
        new("Götene", "Götene kommun", "2120002924", "Götene", 53330, 53397),
        new("Herrljunga", "Herrljunga kommun", "2120003088", "Herrljunga", 52430, 52496),
        new("Hjo", "Hjo kommun", "2120003245", "Hjo", 54430, 54494),
        new("Härryda", "Härryda kommun", "2120003401", "Mölnlycke", 43530, 43896),
        new("Karlsborg", "Karlsborgs kommun", "2120003567", "Karlsborg", 54630, 54695),
        new("Kungälv", "Kungälvs kommun", "2120003724", "Kungälv", 44230, 44298),
        new("Lerum", "Lerums kommun", "2120003880", "Lerum", 44330, 44397),
        new("Lidköping", "Lidköpings kommun", "2120004045", "Lidköping", 53130, 53199),
        new("Lilla Edet", "Lilla Edets kommun", "2120004201", "Lilla Edet", 46330, 46399),
        new("Lysekil", "Lysekils kommun", "2120004367", "Lysekil", 45330, 45398),
        new("Mariestad", "Mariestads kommun", "2120004524", "Mariestad", 54230, 54295),
        new("Mark", "Marks kommun", "2120004680", "Kinna", 51130, 51199),
        new("Mellerud", "Melleruds kommun", "2120004847", "Mellerud", 46430, 46497),
        new("Munkedal", "Munkedals kommun", "2120005000", "Munkedal", 45530, 45598),
        new("Mölndal", "Mölndals stad", "2120005166", "Mölndal", 43130, 43769),
        new("Orust", "Orust kommun", "2120005323", "Henån", 47330, 47499),
        new("Partille", "Partille kommun", "2120005489", "Partille", 43330, 43370),
        new("Skara", "Skara kommun", "2120005646", "Skara", 53230, 53297),
        new("Skövde", "Skövde kommun", "2120005802", "Skövde", 54130, 54199),
        new("Sotenäs", "Sotenäs kommun", "2120005968", "Kungshamn", 45630, 45699),
        new("Stenungsund", "Stenungsunds kommun", "2120006123", "Stenungsund", 44430, 44497),
        new("Strömstad", "Strömstads kommun", "2120006289", "Strömstad", 45230, 45297),
        new("Svenljunga", "Svenljunga kommun", "2120006446", "Svenljunga", 51250, 51299),
        new("Tanum", "Tanums kommun", "2120006602", "Tanumshede", 45730, 45799),
        new("Tibro", "Tibro kommun", "2120006768", "Tibro", 54330, 54395),
        new("Tidaholm", "Tidaholms kommun", "2120006925", "Tidaholm", 52230, 52298),
        new("Tjörn", "Tjörns kommun", "2120007089", "Skärhamn", 47130, 47199),
        new("Tranemo", "Tranemo kommun", "2120007246", "Tranemo", 51430, 51495),
        new("Trollhättan", "Trollhättans stad", "2120007402", "Trollhättan", 46130, 46199),
        new("Töreboda", "Töreboda kommun", "2120007568", "Töreboda", 54530, 54595),
        new("Uddevalla", "Uddevalla kommun", "2120007725", "Uddevalla", 45130, 45199),
        new("Ulricehamn", "Ulricehamns kommun", "2120007881", "Ulricehamn", 52330, 52399),
        new("Vara", "Vara kommun", "2120008046", "Vara", 53430, 53497),
        new("Vårgårda", "Vårgårda kommun", "2120008202", "Vårgårda", 44730, 44796),
        new("Vänersborg", "Vänersborgs kommun", "2120008368", "Vänersborg", 46230, 46298),
        new("Åmål", "Åmåls kommun", "2120008525", "Åmål", 66230, 66298),
        new("Öckerö", "Öckerö kommun", "2120008681", "Öckerö", 47530, 47599),
    ];
}
