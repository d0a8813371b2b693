# language: sv
@process:P14 @allure.epic:In-_och_utskrivning @allure.owner:Processägare_samverkan @critical
Egenskap: Utskrivningsmeddelandet når de berörda enheterna samma dag
  För att hemsjukvården ska kunna ta emot patienten måste utskrivningsmeddelandet med rätt utskrivningstid nå
  varje berörd enhets inkorg samma dag, i det system enheten arbetar i.

  Scenariomall: Utskrivningsmeddelandet når hemsjukvården samma dag med rätt utskrivningstid
    Givet att <avdelning> arbetar i <avdelningens system>
    Och att <mottagare> arbetar i <mottagarens system>
    Och att en patient skrivs in på <avdelning>
    Och att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande till <mottagare> med beräknad utskrivning om 2 dagar
    När sjuksköterskan på avdelningen skickar utskrivningsmeddelande
    Så ska <mottagare> se utskrivningsmeddelandet i sin inkorg i <mottagarens system>
    Och meddelandet ska ha kommit samma dag som utskrivningen
    Och meddelandet ska visa utskrivningstiden

    Exempel:
      | avdelning                   | avdelningens system | mottagare                       | mottagarens system |
      | avdelning 32 på NÄL         | Samvy               | hemsjukvården i Lerums kommun   | SAMSA              |
      | avdelning 51 på Sahlgrenska | SAMSA               | hemsjukvården i Alingsås kommun | Samvy              |
      | avdelning 51 på Sahlgrenska | SAMSA               | hemsjukvården i Lerums kommun   | SAMSA              |
      | avdelning 32 på NÄL         | Samvy               | hemsjukvården i Alingsås kommun | Samvy              |
