namespace E2E.Cli;

internal static class Help
{
    public static int Show(string command)
    {
        var known = command is "hjälp" or "help" or "--help" or "-h";
        if (!known) Console.Error.WriteLine($"Okänt kommando: {command}\n");
        Console.WriteLine("""
            Användning: dotnet run --project src/E2E.Cli -- <kommando> [val]

              run        Kör sviten och bygger Allure-rapporten.
                           --miljo <namn>      miljöfil i environments/ (standard: local = inbyggda simulerade tenants)
                           --taggar <uttryck>  t.ex. "process:P04", "process:P04 & critical", "!wip"
                           --filter <filter>   rått filter till dotnet test (t.ex. "FullyQualifiedName~Inskrivning")
                           --arbetare <antal>  parallella NUnit-arbetare (standard: workers i playwright.config.json)
                           --historik <mapp>   historiken mellan körningar (standard: E2E_HISTORIK, annars historik/)
                           --grind <fil>       releasegrindens regler (standard: features/releasegrind.json)
                           --omforsok <antal>  kör ett underkänt scenario igen upp till så många gånger (standard:
                                               E2E_OMFORSOK, annars retries i playwright.config.json, annars 0);
                                               godkänt först vid omförsök = instabilt
                           --karantan <fil>    karantänfilen (standard: features/karantan.json)
                           --ut <mapp>         rapport, processmatris och testresultat (standard: artifacts/)
                           --utan-bygge        bygg inte om scenarierna (när de redan är byggda, t.ex. i CI)
                           --del <k/n>         bara del k av n (standard: E2E_DEL), för n CI-agenter: delarna balanseras
                                               på scenariernas tider i historiken; allt i <ut>/del-k-av-n/, utan
                                               HTML-rapport och historik (dem gör rapport --sla-ihop)
                           --torrkorning       binder bara stegen, utan tenants och webbläsare: hittar steg som
                                               saknas, är tvetydiga eller inte är färdiga, med fil och rad (sekunder)
                         Slutkod: 0 alla godkända och releasegrinden godkänd; 1 något scenario underkänt eller
                         trasigt (går före miljöfel), eller releasegrinden underkänd; 2 fel i kommandot eller en fil;
                         3 miljöfel: ett system svarade inte eller miljön kan inte användas; 4 rapporten kunde inte byggas;
                         130/143 stoppad med Ctrl+C/SIGTERM (dotnet test avslutas, sammanfattning.json "STOPPAD").
                         PLAYWRIGHT_REMOTE_ENDPOINT=ws://…: alla webbläsare från en Playwright-server (se README).
              rapport    --sla-ihop <mapp> <mapp> …  slår ihop delarna från run --del k/n till en körning: en
                         rapport, en processmatris, en releasegrind, en sammanfattning.json och historiken; slutkoder
                         som run. Vägrar (2) en mapp som saknas eller är tom, delar från olika uppdelningar och en
                         del som saknas.  [--ut <mapp>] [--historik <mapp>] [--grind <fil>] [--karantan <fil>]
              granska    Granskar feature-filerna utan att köra något: # language: sv, @process-tagg ur
                         processkatalogen, allvarlighetsgrad, okända taggar, dubbla scenarionamn, skärmord i stegen
                         (knapp, klicka, fält, URL, id), personnummer utanför testlistorna, för långa scenarier och
                         Exempel-kolumner som inte används eller saknas. Varje fynd med fil, rad, regel och förslag.
                         Fynd i features/granska-baslinje.json visas inte; nya fynd ger slutkod 1. Prövar också
                         features/karantan.json (okänt scenario, orsak och datum som saknas eller är fel).
                           --uppdatera-baslinje  skriver dagens fynd som baslinje
              steg       Stegkatalogen: varje steg en testare kan skriva, per ämne och per process, med beskrivning,
                         exempelrader ur riktiga scenarier, parametrarnas värden och hur ofta stegen används. Skrivs till
                         features/stegkatalog.md (binder stegen utan tenants och webbläsare, några sekunder).
                           --oanvanda          listar steg som inget scenario använder (skriver ingen fil)
                           --kontrollera       slutkod 1 om features/stegkatalog.md inte stämmer med stegen och features
                           --utan-bygge        bygg inte om scenarierna
              kontroll   Är datorn och miljön redo? .NET, Node, webbläsare, miljöfilen, att hemligheterna den nämner
                         är satta (bara att de finns), att värdarna svarar, eller att de simulerade tenanterna startar.
                           --miljo <namn>      miljöfil i environments/ (standard: local)
              benchmark  Mäter sviten (bygger en gång): median/p95 s per scenario och process, väggtid och toppminne per antal
                         arbetare, torrkörningen och P04 som ren Playwright mot sviten; [--gånger <N>] [--arbetare 1,2],
                         övriga val som run. --jamfor: bara jämförelsen med ren Playwright. Se README.
              tenants    Startar simulerade SAMSA och Samvy och skriver ut adresser och demoanvändare
                         [--behall-data] behåll data från förra starten (annars börjar de tomma). Stoppas med
                         Ctrl+C eller SIGTERM inom några sekunder.
              felprov    Bevisar att sviten fångar fel: för varje fel körs scenarierna för de processer felet
                         hotar, med just det felet påslaget i de simulerade tenanterna. Fångat = minst ett
                         scenario underkänt i ett Så-steg; för samsa-nere/samvy-nere: scenarierna redovisas
                         som miljöfel för det systemet ("fångat som miljöfel"). Slutkod 0 bara när alla
                         prövade fel fångas.
                           --fel <namn>        fel att pröva (flera: upprepa eller komma-separera; standard: alla
                                               fel vars processer har scenarier)
                           --miljo <namn>      miljö med simulerade tenants (standard: E2E_ENVIRONMENT, annars local)
                           --arbetare <antal>  parallella NUnit-arbetare
                           --ut <mapp>         resultatmapp (standard: artifacts/felprov)
                           --forsta-fangst     snabbläge: varje fels körning stannar vid första fångsten, resten
                                               hoppas över med skälet (projektets egna tester använder det)
            """);
        return known ? 0 : 2;
    }
}

internal sealed class UsageException(string message) : Exception(message);
