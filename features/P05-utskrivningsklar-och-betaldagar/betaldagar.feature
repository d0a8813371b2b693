# language: sv
@process:P05 @allure.epic:In-_och_utskrivning @allure.owner:Processägare_betalningsansvar @critical
Egenskap: Betaldagar räknas på båda systemens data
  För att kommunen ska betala för rätt dagar måste betalningsansvaret räknas på samkörda uppgifter från SAMSA
  och Samvy, enligt det regelverk som gäller, utan att någon dag räknas två gånger eller tappas.

  Bakgrund:
    Givet att avdelning 32 på NÄL arbetar i Samvy
    Och att hemsjukvården i Lerums kommun arbetar i SAMSA

  Scenariomall: Utskrivningsklar når hemsjukvården i dess eget system, en gång
    Givet att <avdelning> arbetar i <avdelningens system>
    Och att <mottagare> arbetar i <mottagarens system>
    Och att en patient skrivs in på <avdelning>
    Och att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande till <mottagare> med beräknad utskrivning om 4 dagar
    När sjuksköterskan på avdelningen skickar utskrivningsklar
    Så ska <mottagare> se meddelandet om utskrivningsklar i sin inkorg i <mottagarens system>
    Och meddelandet ska ha kommit exakt en gång

    Exempel:
      | avdelning                   | avdelningens system | mottagare                       | mottagarens system |
      | avdelning 51 på Sahlgrenska | SAMSA               | hemsjukvården i Lerums kommun   | SAMSA              |
      | avdelning 32 på NÄL         | Samvy               | hemsjukvården i Lerums kommun   | SAMSA              |
      | avdelning 51 på Sahlgrenska | SAMSA               | hemsjukvården i Alingsås kommun | Samvy              |
      | avdelning 32 på NÄL         | Samvy               | hemsjukvården i Alingsås kommun | Samvy              |

  @kräver:testklocka
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

  @kräver:testklocka
  Scenario: En patient som flyttas från Samvy till SAMSA räknas en gång, utan tappade dagar
    Givet att avdelning 51 på Sahlgrenska arbetar i SAMSA
    Och att det är fredag 6 mars 2026 kl. 08.00
    Och att en patient folkbokförd i Lerums kommun skrivs in på avdelning 32 på NÄL
    Och att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande med beräknad utskrivning om 5 dagar
    När sjuksköterskan på avdelningen skickar utskrivningsklar
    Och 2 dagar har gått
    Och patienten flyttas till avdelning 51 på Sahlgrenska
    Och 3 dagar har gått
    Och sjuksköterskan på avdelningen skickar utskrivningsmeddelande
    Så ska Lerums kommun betala för patienten för mars 2026 enligt lagens-grundregel:
      | betaldagar | dagar                  | belopp    |
      | 2          | 2026-03-09, 2026-03-10 | 18 600 kr |

  @kräver:testklocka
  Scenario: Betaldagar över ett månadsskifte hamnar i rätt månad
    Givet att det är onsdag 25 februari 2026 kl. 10.00
    Och att en patient folkbokförd i Lerums kommun skrivs in på avdelning 32 på NÄL
    Och att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande med beräknad utskrivning om 6 dagar
    När sjuksköterskan på avdelningen skickar utskrivningsklar
    Och 6 dagar har gått
    Och sjuksköterskan på avdelningen skickar utskrivningsmeddelande
    Så ska Lerums kommun betala för patienten för februari 2026 enligt lagens-grundregel:
      | betaldagar | dagar      | belopp   |
      | 1          | 2026-02-28 | 9 300 kr |
    Och ska Lerums kommun betala för patienten för mars 2026 enligt lagens-grundregel:
      | betaldagar | dagar                  | belopp    |
      | 2          | 2026-03-01, 2026-03-02 | 18 600 kr |
