# language: sv
@process:P07 @allure.epic:In-_och_utskrivning @allure.owner:Processägare_samverkan @critical
Egenskap: En patient med reservnummer som identifieras under vårdtiden följs av allt i båda systemen
  En patient som inte kan identifieras skrivs in under ett reservnummer från VGR (värdet med VGR:s OID). När
  avdelningen får veta personnumret kopplar sjuksköterskan ihop reservnumret med personnumret i sitt eget system.
  Det andra systemet ska följa med, och meddelanden som redan skickats ska hamna under personnumret hos mottagaren.
  Samma reservnummer från en annan utfärdare är en annan person och får aldrig kopplas ihop med den identifierade.

  Bakgrund:
    Givet att avdelning 51 på Sahlgrenska arbetar i SAMSA
    Och att avdelning 32 på NÄL arbetar i Samvy
    Och att hemsjukvården i Lerums kommun arbetar i SAMSA
    Och att hemsjukvården i Alingsås kommun arbetar i Samvy

  Scenariomall: Patienten identifieras i <system> och meddelandet hos <mottagare> följer med till personnumret
    Givet att en patient folkbokförd i <kommun> skrivs in under ett reservnummer från VGR på <avdelning>
    Och att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande till <mottagare> med beräknad utskrivning om 4 dagar
    Så ska avdelningen se patienten under reservnumret från VGR
    Och ska <mottagare> se inskrivningsmeddelandet i sin inkorg i <mottagarsystem>
    Och meddelandet ska visa patientens namn, personnummer, adress och beräknat utskrivningsdatum
    När sjuksköterskan på avdelningen identifierar patienten och kopplar ihop reservnumret med personnumret
    Så ska avdelningen se patienten under personnumret
    Och ska <mottagare> se inskrivningsmeddelandet i sin inkorg i <mottagarsystem>
    Och meddelandet ska visa patientens namn, personnummer, adress och beräknat utskrivningsdatum
    Och meddelandet ska ha kommit exakt en gång
    När sjuksköterskan på avdelningen skickar utskrivningsklar
    Så ska <mottagare> se meddelandet om utskrivningsklar i sin inkorg i <mottagarsystem>

    Exempel:
      | system | avdelning                   | kommun         | mottagare                       | mottagarsystem |
      | SAMSA  | avdelning 51 på Sahlgrenska | Lerums kommun  | hemsjukvården i Lerums kommun   | SAMSA          |
      | SAMSA  | avdelning 51 på Sahlgrenska | Alingsås kommun | hemsjukvården i Alingsås kommun | Samvy          |
      | Samvy  | avdelning 32 på NÄL         | Lerums kommun  | hemsjukvården i Lerums kommun   | SAMSA          |
      | Samvy  | avdelning 32 på NÄL         | Alingsås kommun | hemsjukvården i Alingsås kommun | Samvy          |

  Scenariomall: Samma reservnummer från <utfärdare> är en annan patient och kopplas inte ihop i <system>
    Givet att en patient skrivs in under ett reservnummer från VGR på <avdelning>
    Och att en annan patient skrivs in på <avdelning> under samma reservnummer från <utfärdare>
    När sjuksköterskan på avdelningen identifierar patienten och kopplar ihop reservnumret med personnumret
    Så ska avdelningen se patienten under personnumret
    Och ska avdelningen fortfarande se den andra patienten under sitt reservnummer från <utfärdare>

    Exempel:
      | system | avdelning                   | utfärdare                        |
      | SAMSA  | avdelning 51 på Sahlgrenska | Region Exempelland               |
      | Samvy  | avdelning 32 på NÄL         | den nationella reservidentiteten |

  Scenariomall: Identifieras patienten i <system> kopplas samma reservnummer från en annan utfärdare inte ihop i <mottagarsystem>
    Givet att en patient skrivs in under ett reservnummer från VGR på <avdelning>
    Och att en annan patient skrivs in på <avdelning> under samma reservnummer från Region Exempelland
    Och att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande för den andra patienten till <mottagare> med beräknad utskrivning om 5 dagar
    Så ska <mottagare> se inskrivningsmeddelandet för den andra patienten under sitt reservnummer i sin inkorg i <mottagarsystem>
    När sjuksköterskan på avdelningen identifierar patienten och kopplar ihop reservnumret med personnumret
    Så ska avdelningen se patienten under personnumret
    Och ska <mottagare> se inskrivningsmeddelandet för den andra patienten fortfarande under sitt reservnummer i sin inkorg i <mottagarsystem>

    Exempel:
      | system | avdelning                   | mottagare                       | mottagarsystem |
      | SAMSA  | avdelning 51 på Sahlgrenska | hemsjukvården i Alingsås kommun | Samvy          |
      | Samvy  | avdelning 32 på NÄL         | hemsjukvården i Lerums kommun   | SAMSA          |

  Scenario: En SIP som kallats under reservnumret följer med patienten till personnumret i båda systemen
    Givet att en patient folkbokförd i Alingsås kommun skrivs in under ett reservnummer från VGR på avdelning 51 på Sahlgrenska
    Och att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande till hemsjukvården i Alingsås kommun med beräknad utskrivning om 4 dagar
    Och att sjuksköterskan på avdelningen har kallat till SIP om 2 dagar kl. 10.00 med hemsjukvården i Alingsås kommun
    När sjuksköterskan på avdelningen identifierar patienten och kopplar ihop reservnumret med personnumret
    Så ska avdelning 51 på Sahlgrenska se SIP:en som avdelning 51 på Sahlgrenska har kallat till i SAMSA
    Och ska hemsjukvården i Alingsås kommun se SIP:en som avdelning 51 på Sahlgrenska har kallat till i SAMSA
    Och ska hemsjukvården i Alingsås kommun se kallelsen till SIP i sin inkorg i Samvy
    Och meddelandet ska visa mötestiden
