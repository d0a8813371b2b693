# language: sv
@process:P05 @allure.epic:In-_och_utskrivning @allure.owner:Processägare_betalningsansvar @critical @kräver:testklocka
Egenskap: Betaldagar räknas på båda systemens data
  För att kommunen ska betala för rätt dagar måste betalningsansvaret räknas på samkörda uppgifter från SAMSA
  och Samvy, enligt det regelverk som gäller, utan att någon dag räknas två gånger eller tappas.

  Bakgrund:
    Givet att avdelning 32 på NÄL arbetar i Samvy
    Och att hemsjukvården i Lerums kommun arbetar i SAMSA

  Scenario: Räkneexemplet: utskrivningsklar en fredag, utskriven onsdagen efter
    Givet att det är fredag 6 mars 2026 kl. 08.00
    Och att en patient folkbokförd i Lerums kommun skrivs in på avdelning 32 på NÄL
    Och att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande med beräknad utskrivning om 5 dagar
    När sjuksköterskan på avdelningen skickar utskrivningsklar
    Och 5 dagar har gått
    Och sjuksköterskan på avdelningen skickar utskrivningsmeddelande
    Så ska Lerums kommun betala för patienten för mars 2026 enligt lagens-grundregel:
      | betaldagar | dagar                  | belopp    |
      | 2          | 2026-03-09, 2026-03-10 | 18 600 kr |
