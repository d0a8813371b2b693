using E2E.Core.Time;
using E2E.Drivers;
using E2E.Drivers.Decommissioning;
using E2E.Drivers.Directory;
using E2E.Runner.Catalog;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>
/// P13: SAMSA's system administrator decommissions SAMSA in its screen. The scenario's patient's open case and
/// active SIP must be on the lists, carried over to Samvy, and nothing active may be left once SAMSA is read-only.
/// </summary>
[Binding]
[StepSubject("Avveckling av SAMSA")]
public sealed class DecommissionSteps(DecommissioningDriver decommissioning, AdmissionContext admitted, SipContext called)
{
    private DecommissioningView? lastSeen;
    private readonly List<(string Kind, string Reference)> patientsObjects = []; // as the lists showed them


    [StepHelp("SAMSA:s systemförvaltare, med uppdrag vid förvaltningen och inte vid en vårdenhet, startar avvecklingen på SAMSA:s avvecklingssida. " +
              "Fallerar om SAMSA nekar, med SAMSA:s besked i felet (P13).")]
    [When("systemförvaltaren påbörjar avvecklingen av SAMSA")]
    public Task Begin() => decommissioning.BeginAsync();

    [StepHelp("Systemförvaltaren begär överföring till Samvy för varje öppet ärende och varje aktiv SIP på avvecklingssidans listor, i hela SAMSA och " +
              "inte bara för scenariots patient, och väntar tills Samvy har bekräftat varje överföring. Fallerar om SAMSA nekar en överföring " +
              "eller Samvy inte bekräftar inom leveranstiden (P13).")]
    [When("systemförvaltaren för över allt som avvecklingen listar till Samvy")]
    public async Task CarryOverEverything() => lastSeen = await decommissioning.CarryOverEverythingAsync();

    [StepHelp("På SAMSA:s avvecklingssida låser systemförvaltaren SAMSA för ändringar. Fallerar om SAMSA nekar, med SAMSA:s besked i felet; " +
              "att inget aktivt är kvar prövas av ett Så-steg (P13).")]
    [When("systemförvaltaren gör SAMSA skrivskyddat")]
    public async Task MakeReadOnly()
    {
        var attempt = await decommissioning.TryMakeReadOnlyAsync();
        if (!attempt.Succeeded)
            throw new BusinessAssertionException($"SAMSA blev inte skrivskyddat: \"{attempt.Told}\".");
    }

    [StepHelp("Läser avvecklingssidan i SAMSA: listan över öppna ärenden ska visa patientens ärende exakt en gång, på {enhet}. " +
              "Fallerar om ärendet saknas, står där flera gånger eller står på en annan enhet (P13).")]
    [Then("ska avvecklingen lista patientens öppna ärende på {enhet}")]
    public async Task ListsTheOpenCase(KnownUnit ward)
    {
        var view = await ReadAsync();
        var patient = Patient;
        var own = view.OpenCases.Where(c => c.Personnummer == patient).ToList();
        if (own.Count != 1 || own[0].Unit != ward.DisplayName)
            throw new BusinessAssertionException(
                $"Avvecklingen skulle lista det öppna ärendet för patient {patient} på {ward.DisplayName} en gång, men listar {Shown(own)}. Hela listan: {view}.");
        patientsObjects.Add(("Ärende", own[0].Reference));
    }

    [StepHelp("Läser avvecklingssidan i SAMSA: listan över öppna ärenden ska inte ha något ärende för patienten. " +
              "Fallerar om patienten står där; listan över aktiva SIP:ar läses inte av det här steget (P13).")]
    [Then("ska avvecklingen inte lista något ärende för patienten")]
    public async Task ListsNoCase()
    {
        var view = await ReadAsync();
        var own = view.OpenCases.Where(c => c.Personnummer == Patient).ToList();
        if (own.Count > 0)
            throw new BusinessAssertionException($"Ärendet för patient {Patient} är avslutat, men avvecklingen listar {Shown(own)} som öppet.");
    }

    [StepHelp("Läser avvecklingssidan i SAMSA: listan över aktiva SIP:ar ska visa patientens SIP exakt en gång, kallad av {enhet} till den mötestid " +
              "scenariot kallade till. Fallerar om SIP:en saknas, står där flera gånger eller har en annan kallande enhet eller mötestid (P13).")]
    [Then("ska avvecklingen lista SIP:en som {enhet} har kallat till för patienten")]
    public async Task ListsTheSip(KnownUnit caller)
    {
        var view = await ReadAsync();
        var meeting = SwedishTime.ToSwedish(called.CalledBy(caller.HsaId, caller.BusinessName).Call.Meeting).ToString("yyyy-MM-dd HH:mm");
        var own = view.ActiveSips.Where(s => s.Personnummer == Patient).ToList();
        if (own.Count != 1 || own[0].CallingUnit != caller.DisplayName || own[0].Meeting != meeting)
            throw new BusinessAssertionException(
                $"Avvecklingen skulle lista den aktiva SIP:en för patient {Patient}, kallad av {caller.DisplayName} till {meeting}, en gång, " +
                $"men listar {Shown(own)}. En SIP som glöms här blir kvar i ett skrivskyddat SAMSA. Hela listan: {view}.");
        patientsObjects.Add(("SIP", own[0].Reference));
    }

    [StepHelp("Läser avvecklingssidan i SAMSA: läget ska vara skrivskyddad och listorna över öppna ärenden och aktiva SIP:ar ska vara tomma, för " +
              "alla patienter. Fallerar annars; steget försöker inte själv skriva något i SAMSA (P13).")]
    [Then("ska SAMSA vara skrivskyddat utan något aktivt kvar")]
    public async Task ReadOnlyAndEmpty()
    {
        var view = await decommissioning.ReadAsync();
        if (view.Phase != "skrivskyddad" || !view.NothingActive)
            throw new BusinessAssertionException($"SAMSA skulle vara skrivskyddat utan öppna ärenden eller aktiva SIP:ar, men avvecklingen visar: {view}.");
    }

    [StepHelp("Läser avvecklingssidans lista över det som förts över: varje ärende och SIP som de tidigare Så-stegen såg listade för patienten ska stå " +
              "där med en hänvisning till ett objekt i Samvy. Fallerar om något saknas; Samvy självt läses inte av det här steget (P13).")]
    [Then("ska avvecklingen visa att det som listades för patienten har förts över till Samvy")]
    public async Task CarriedOver()
    {
        if (patientsObjects.Count == 0)
            throw new InvalidOperationException("Scenariot har inte sett något på avvecklingens listor: kontrollera först att patientens ärende eller SIP listas.");
        var view = await decommissioning.ReadAsync();
        var missing = patientsObjects.Where(o => !view.CarriedOver.Any(c =>
            c.Kind == o.Kind && c.SamsaReference == o.Reference && c.SamvyReference.StartsWith("Samvy:", StringComparison.Ordinal))).ToList();
        if (missing.Count > 0)
            throw new BusinessAssertionException(
                $"Avvecklingen skulle visa {string.Join(" och ", missing.Select(m => $"{m.Kind.ToLowerInvariant()} {m.Reference}"))} " +
                $"för patient {Patient} som överfört till ett objekt i Samvy, men visar: {view}.");
    }

    private string Patient => admitted.Current.Patient.DisplayPersonnummer;

    private async Task<DecommissioningView> ReadAsync() => lastSeen = await decommissioning.ReadAsync();

    private static string Shown<T>(IReadOnlyList<T> rows) => rows.Count == 0 ? "inget" : string.Join("; ", rows);
}
