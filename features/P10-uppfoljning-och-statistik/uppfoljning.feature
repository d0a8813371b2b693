# language: sv
@process:P10 @allure.epic:Uppföljning @allure.owner:Processägare_betalningsansvar @normal
Egenskap: Månadsuppföljningen per kommun bygger på båda systemens underlag
  Kommunrapporten räknar utskrivningsklara patienter, utskrivna och dagarna från utskrivningsklar till utskrivning,
  per kommun och månad, ur båda systemen tillsammans. En patient som bytt system under vårdtiden är en patient:
  räknad två gånger blir statistiken fel och betalningen ifrågasatt.

  # April 2026 och kommunerna används bara här: uppföljningen räknar allt kommunen har den månaden.
  @kräver:testklocka
  Scenariomall: En patient som flyttas från Samvy till SAMSA räknas en gång i <kommun>s uppföljning
    Givet att det är måndag 6 april 2026 kl. 08.00
    Och att avdelning 32 på NÄL arbetar i Samvy
    Och att avdelning 51 på Sahlgrenska arbetar i SAMSA
    Och att hemsjukvården i <kommun> arbetar i <kommunens system>
    Och att en patient folkbokförd i <kommun> skrivs in på avdelning 32 på NÄL
    Och att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande med beräknad utskrivning om 5 dagar
    När sjuksköterskan på avdelningen skickar utskrivningsklar
    Och 2 dagar har gått
    Och patienten flyttas till avdelning 51 på Sahlgrenska
    Och 3 dagar har gått
    Och sjuksköterskan på avdelningen skickar utskrivningsmeddelande
    Så ska månadsuppföljningen för <kommun> april 2026 visa:
      | utskrivningsklara patienter | utskrivna | dagar till utskrivning | genomsnittligt antal dagar |
      | 1                           | 1         | 5                      | 5,00                       |

    Exempel:
      | kommun          | kommunens system |
      | Lerums kommun   | SAMSA            |
      | Alingsås kommun | Samvy            |
