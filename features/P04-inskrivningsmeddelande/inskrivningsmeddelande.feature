# language: sv
@process:P04 @allure.epic:In-_och_utskrivning @allure.owner:Processägare_samverkan @critical
Egenskap: Inskrivningsmeddelande över systemgränsen
  För att kommunen ska kunna planera i tid måste inskrivningsmeddelandet nå kommunens inkorg
  i det system kommunen arbetar i, oavsett vilket system avdelningen använder.

  Bakgrund:
    Givet att avdelning 32 på NÄL arbetar i Samvy
    Och att hemsjukvården i Lerums kommun arbetar i SAMSA

  Scenario: Meddelande från en avdelning i Samvy når kommunens inkorg i SAMSA
    Givet att en patient folkbokförd i Lerums kommun skrivs in på avdelning 32 på NÄL
    När sjuksköterskan på avdelningen skickar inskrivningsmeddelande med beräknad utskrivning om 5 dagar
    Så ska hemsjukvården i Lerums kommun se inskrivningsmeddelandet i sin inkorg i SAMSA
    Och meddelandet ska visa patientens namn, personnummer, adress och beräknat utskrivningsdatum

  Scenario: Meddelandet kommer fram en gång, inte två
    Givet att en patient folkbokförd i Lerums kommun skrivs in på avdelning 32 på NÄL
    När sjuksköterskan på avdelningen skickar inskrivningsmeddelande med beräknad utskrivning om 4 dagar
    Så ska hemsjukvården i Lerums kommun se inskrivningsmeddelandet i sin inkorg i SAMSA
    Och meddelandet ska ha kommit exakt en gång

  Scenario: Meddelande från en avdelning i SAMSA når kommunens inkorg i SAMSA
    Givet att avdelning 51 på Sahlgrenska arbetar i SAMSA
    Och att en patient folkbokförd i Lerums kommun skrivs in på avdelning 51 på Sahlgrenska
    När sjuksköterskan på avdelningen skickar inskrivningsmeddelande med beräknad utskrivning om 5 dagar
    Så ska hemsjukvården i Lerums kommun se inskrivningsmeddelandet i sin inkorg i SAMSA
    Och meddelandet ska visa patientens namn, personnummer, adress och beräknat utskrivningsdatum

  Scenariomall: Meddelandet når mottagarens inkorg i mottagarens system
    Givet att <avdelning> arbetar i <avdelningens system>
    Och att <mottagare> arbetar i <mottagarens system>
    Och att en patient skrivs in på <avdelning>
    När sjuksköterskan på avdelningen skickar inskrivningsmeddelande till <mottagare> med beräknad utskrivning om 3 dagar
    Så ska <mottagare> se inskrivningsmeddelandet i sin inkorg i <mottagarens system>
    Och meddelandet ska visa patientens namn, personnummer, adress och beräknat utskrivningsdatum

    Exempel:
      | avdelning                   | avdelningens system | mottagare                       | mottagarens system |
      | avdelning 32 på NÄL         | Samvy               | hemsjukvården i Lerums kommun   | SAMSA              |
      | avdelning 51 på Sahlgrenska | SAMSA               | hemsjukvården i Lerums kommun   | SAMSA              |
      | avdelning 51 på Sahlgrenska | SAMSA               | hemsjukvården i Alingsås kommun | Samvy              |
      | avdelning 32 på NÄL         | Samvy               | hemsjukvården i Alingsås kommun | Samvy              |
