# language: sv
@process:P13 @allure.epic:Avveckling_av_SAMSA @allure.owner:Förvaltning_SAMSA @critical @kräver:avveckling @kräver:testklocka @kräver:katalog
Egenskap: Avvecklingen av SAMSA lämnar inget aktivt kvar
  När SAMSA stängs ska varje öppet ärende och varje aktiv SIP föras över till Samvy eller avslutas, också en SIP som
  fortfarande är planerad när patienten redan har skrivits ut. Först därefter blir SAMSA skrivskyddat. Avvecklingen
  gäller hela SAMSA, så scenarierna körs ensamma på tömda tenants, som töms igen efteråt.

  Bakgrund:
    Givet att det är måndag 1 mars 2027 kl. 09.00
    Och att avdelning 51 på Sahlgrenska driftsätter Samvy om 7 dagar
    Och att hemsjukvården i Lerums kommun driftsätter Samvy om 7 dagar

  Scenario: Ett öppet ärende och dess SIP förs över till Samvy innan SAMSA blir skrivskyddat
    Givet att en patient folkbokförd i Lerums kommun skrivs in på avdelning 51 på Sahlgrenska
    Och att sjuksköterskan på avdelningen har kallat till SIP om 14 dagar kl. 10.00 med hemsjukvården i Lerums kommun
    När 7 dagar har gått
    Och systemförvaltaren påbörjar avvecklingen av SAMSA
    Så ska avvecklingen lista patientens öppna ärende på avdelning 51 på Sahlgrenska
    Och ska avvecklingen lista SIP:en som avdelning 51 på Sahlgrenska har kallat till för patienten
    När systemförvaltaren för över allt som avvecklingen listar till Samvy
    Och systemförvaltaren gör SAMSA skrivskyddat
    Så ska SAMSA vara skrivskyddat utan något aktivt kvar
    Och ska avvecklingen visa att det som listades för patienten har förts över till Samvy
    Och ska hemsjukvården i Lerums kommun se SIP:en som avdelning 51 på Sahlgrenska har kallat till i Samvy

  Scenario: En SIP som är kvar när patienten redan har skrivits ut förs också över
    Givet att en patient folkbokförd i Lerums kommun skrivs in på avdelning 51 på Sahlgrenska
    Och att sjuksköterskan på avdelningen har kallat till SIP om 14 dagar kl. 10.00 med hemsjukvården i Lerums kommun
    När sjuksköterskan på avdelningen skickar utskrivningsmeddelande
    Och 7 dagar har gått
    Och systemförvaltaren påbörjar avvecklingen av SAMSA
    Så ska avvecklingen inte lista något ärende för patienten
    Och ska avvecklingen lista SIP:en som avdelning 51 på Sahlgrenska har kallat till för patienten
    När systemförvaltaren för över allt som avvecklingen listar till Samvy
    Och systemförvaltaren gör SAMSA skrivskyddat
    Så ska SAMSA vara skrivskyddat utan något aktivt kvar
    Och ska avvecklingen visa att det som listades för patienten har förts över till Samvy
    Och ska hemsjukvården i Lerums kommun se SIP:en som avdelning 51 på Sahlgrenska har kallat till i Samvy
