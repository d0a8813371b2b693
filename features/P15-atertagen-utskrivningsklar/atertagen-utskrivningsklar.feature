# language: sv
@process:P15 @allure.epic:In-_och_utskrivning @allure.owner:Processägare_betalningsansvar @critical
Egenskap: Återtagen utskrivningsklar når kommunen och stoppar betaldagarna
  När avdelningen återtar utskrivningsklar ska varje berörd enhet få veta det i sitt eget system, och kommunens
  betalningsansvar ska sluta räknas samma dag.

  Scenariomall: Återtagandet når hemsjukvården i dess system
    Givet att <avdelning> arbetar i <avdelningens system>
    Och att <mottagare> arbetar i <mottagarens system>
    Och att en patient skrivs in på <avdelning>
    Och att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande till <mottagare> med beräknad utskrivning om 4 dagar
    Och att sjuksköterskan på avdelningen har skickat utskrivningsklar
    När sjuksköterskan på avdelningen återtar utskrivningsklar
    Så ska <mottagare> se återtagandet av utskrivningsklar i sin inkorg i <mottagarens system>

    Exempel:
      | avdelning                   | avdelningens system | mottagare                       | mottagarens system |
      | avdelning 32 på NÄL         | Samvy               | hemsjukvården i Lerums kommun   | SAMSA              |
      | avdelning 51 på Sahlgrenska | SAMSA               | hemsjukvården i Alingsås kommun | Samvy              |
      | avdelning 51 på Sahlgrenska | SAMSA               | hemsjukvården i Lerums kommun   | SAMSA              |
      | avdelning 32 på NÄL         | Samvy               | hemsjukvården i Alingsås kommun | Samvy              |

  @kräver:testklocka
  Scenario: Inga betaldagar efter återtagandet
    Givet att avdelning 32 på NÄL arbetar i Samvy
    Och att hemsjukvården i Lerums kommun arbetar i SAMSA
    Och att det är måndag 2 mars 2026 kl. 08.00
    Och att en patient folkbokförd i Lerums kommun skrivs in på avdelning 32 på NÄL
    Och att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande med beräknad utskrivning om 10 dagar
    Och att sjuksköterskan på avdelningen har skickat utskrivningsklar
    När 4 dagar har gått
    Och sjuksköterskan på avdelningen återtar utskrivningsklar
    Och 5 dagar har gått
    Och sjuksköterskan på avdelningen skickar utskrivningsmeddelande
    Så ska Lerums kommun betala för patienten för mars 2026 enligt lagens-grundregel:
      | betaldagar | dagar      | belopp   |
      | 1          | 2026-03-05 | 9 300 kr |
