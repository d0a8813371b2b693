# language: sv
@process:P09 @allure.epic:In-_och_utskrivning @allure.owner:Processägare_samverkan @critical
Egenskap: Samvy visar att ett SAMSA-ärende pågår
  För att ingen ska starta en parallell process i Samvy måste Samvy visa att patienten har ett öppet ärende i SAMSA,
  i journalen och i API:t, så länge ärendet är öppet, och sluta visa det när ärendet avslutas.

  Bakgrund:
    Givet att avdelning 51 på Sahlgrenska arbetar i SAMSA
    Och att avdelning 32 på NÄL arbetar i Samvy
    Och att hemsjukvården i Lerums kommun arbetar i SAMSA

  Scenario: Ett öppet SAMSA-ärende syns i Samvy och försvinner när patienten skrivs ut
    Givet att en patient folkbokförd i Lerums kommun skrivs in på avdelning 51 på Sahlgrenska
    Och att patienten tidigare har registrerats i Samvy av avdelning 32 på NÄL
    Så ska sjuksköterskan på avdelning 32 på NÄL se att ett SAMSA-ärende pågår för patienten på avdelningen
    När sjuksköterskan på avdelningen skickar utskrivningsmeddelande
    Så ska sjuksköterskan på avdelning 32 på NÄL se att inget SAMSA-ärende pågår för patienten
