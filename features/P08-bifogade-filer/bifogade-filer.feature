# language: sv
@process:P08 @allure.epic:In-_och_utskrivning @allure.owner:Processägare_samverkan @critical
Egenskap: Bifogade filer når mottagaren oförändrade
  En fil som avdelningen bifogar ett meddelande ska komma fram till mottagaren i mottagarens eget system med
  samma namn, storlek och innehåll (SHA-256), oavsett vilket system avdelningen och mottagaren arbetar i.
  En fil av en otillåten typ eller som är för stor ska stoppas redan när den skickas, med ett besked som säger
  vilken fil det gäller och varför.

  Bakgrund:
    Givet att avdelning 51 på Sahlgrenska arbetar i SAMSA
    Och att avdelning 32 på NÄL arbetar i Samvy
    Och att hemsjukvården i Lerums kommun arbetar i SAMSA
    Och att hemsjukvården i Alingsås kommun arbetar i Samvy

  Scenariomall: Bilagan kommer fram oförändrad i mottagarens system
    Givet att en patient skrivs in på <avdelning>
    När sjuksköterskan på avdelningen skickar inskrivningsmeddelande till <mottagare> med beräknad utskrivning om 3 dagar och bilagan <fil> på <storlek>
    Så ska <mottagare> se inskrivningsmeddelandet i sin inkorg i <mottagarens system>
    Och ska <mottagare> ha fått bilagan <fil> oförändrad

    Exempel:
      | avdelning                   | mottagare                       | mottagarens system | fil                     | storlek |
      | avdelning 51 på Sahlgrenska | hemsjukvården i Lerums kommun   | SAMSA              | epikris.pdf             | 200 kB  |
      | avdelning 32 på NÄL         | hemsjukvården i Lerums kommun   | SAMSA              | omvårdnadsepikris.docx  | 48 kB   |
      | avdelning 51 på Sahlgrenska | hemsjukvården i Alingsås kommun | Samvy              | läkemedelslista.txt     | 3 kB    |
      | avdelning 32 på NÄL         | hemsjukvården i Alingsås kommun | Samvy              | sårbild.jpg             | 1 MB    |

  # Gränsen: en fil på precis den största tillåtna storleken går igenom, även över systemgränsen.
  Scenario: En bilaga på precis 10 MB når kommunen i det andra systemet
    Givet att en patient skrivs in på avdelning 32 på NÄL
    När sjuksköterskan på avdelningen skickar inskrivningsmeddelande till hemsjukvården i Lerums kommun med beräknad utskrivning om 4 dagar och bilagan röntgen.png på 10 MB
    Så ska hemsjukvården i Lerums kommun se inskrivningsmeddelandet i sin inkorg i SAMSA
    Och ska hemsjukvården i Lerums kommun ha fått bilagan röntgen.png oförändrad

  Scenariomall: En fil av en otillåten typ stoppas med ett besked
    Givet att en patient skrivs in på <avdelning>
    När sjuksköterskan på avdelningen försöker skicka inskrivningsmeddelande till <mottagare> med beräknad utskrivning om 3 dagar och bilagan program.exe på 20 kB
    Så ska <avdelningens system> ha stoppat meddelandet med beskedet att bilagan program.exe har en filtyp som inte är tillåten

    Exempel:
      | avdelning                   | avdelningens system | mottagare                       |
      | avdelning 51 på Sahlgrenska | SAMSA               | hemsjukvården i Alingsås kommun |
      | avdelning 32 på NÄL         | Samvy               | hemsjukvården i Lerums kommun   |

  Scenariomall: En fil som är en byte för stor stoppas med ett besked
    Givet att en patient skrivs in på <avdelning>
    När sjuksköterskan på avdelningen försöker skicka inskrivningsmeddelande till <mottagare> med beräknad utskrivning om 3 dagar och bilagan röntgen.png på 10 MB och 1 byte
    Så ska <avdelningens system> ha stoppat meddelandet med beskedet att bilagan röntgen.png får vara högst 10 MB

    Exempel:
      | avdelning                   | avdelningens system | mottagare                       |
      | avdelning 51 på Sahlgrenska | SAMSA               | hemsjukvården i Lerums kommun   |
      | avdelning 32 på NÄL         | Samvy               | hemsjukvården i Alingsås kommun |
