# language: sv
@process:P06 @allure.epic:In-_och_utskrivning @allure.owner:Processägare_samverkan @critical
Egenskap: En SIP per patient och vårdtillfälle, synlig i båda systemen
  En SIP skapas i systemet där den som kallar arbetar. Varje deltagare ska få kallelsen i sitt eget system, det
  andra systemet ska visa SIP:en, och den som försöker starta en andra SIP för samma patient och vårdtillfälle i
  det andra systemet ska stoppas och få veta var den första finns.

  Bakgrund:
    Givet att avdelning 51 på Sahlgrenska arbetar i SAMSA
    Och att avdelning 32 på NÄL arbetar i Samvy
    Och att hemsjukvården i Lerums kommun arbetar i SAMSA
    Och att hemsjukvården i Alingsås kommun arbetar i Samvy

  Scenariomall: Kallelsen till SIP når varje deltagare i dess eget system
    Givet att en patient folkbokförd i Lerums kommun skrivs in på <avdelning>
    Och att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande till hemsjukvården i Lerums kommun med beräknad utskrivning om 4 dagar
    Och att sjuksköterskan på avdelningen har skickat utskrivningsklar
    När sjuksköterskan på avdelningen kallar till SIP om 2 dagar kl. 10.00 med hemsjukvården i Lerums kommun och hemsjukvården i Alingsås kommun
    Så ska hemsjukvården i Lerums kommun se kallelsen till SIP i sin inkorg i SAMSA
    Och meddelandet ska ha kommit exakt en gång
    Och meddelandet ska visa mötestiden
    Och ska hemsjukvården i Alingsås kommun se kallelsen till SIP i sin inkorg i Samvy
    Och meddelandet ska visa mötestiden
    Och meddelandet ska ha kommit exakt en gång

    Exempel:
      | avdelning                   |
      | avdelning 51 på Sahlgrenska |
      | avdelning 32 på NÄL         |

  @kräver:testklocka
  Scenario: Kallelsen skickad på tredje dagen efter utskrivningsklar kommer fram samma dag
    Givet att det är måndag 2 mars 2026 kl. 09.00
    Och att en patient folkbokförd i Lerums kommun skrivs in på avdelning 51 på Sahlgrenska
    Och att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande till hemsjukvården i Lerums kommun med beräknad utskrivning om 5 dagar
    Och att sjuksköterskan på avdelningen har skickat utskrivningsklar
    När 3 dagar har gått
    Och sjuksköterskan på avdelningen kallar till SIP om 1 dag kl. 13.30 med hemsjukvården i Lerums kommun och hemsjukvården i Alingsås kommun
    Så ska hemsjukvården i Alingsås kommun se kallelsen till SIP i sin inkorg i Samvy
    Och meddelandet ska ha kommit fram idag
    Och ska hemsjukvården i Lerums kommun se kallelsen till SIP i sin inkorg i SAMSA
    Och meddelandet ska ha kommit fram idag

  Scenario: En SIP i SAMSA syns i Samvy, och en andra SIP där stoppas
    Givet att vårdcentralen Lerum arbetar i Samvy
    Och att en patient folkbokförd i Lerums kommun skrivs in på avdelning 51 på Sahlgrenska
    Och att patienten tidigare har registrerats i Samvy av vårdcentralen Lerum
    Och att sjuksköterskan på avdelningen har kallat till SIP om 2 dagar kl. 10.00 med hemsjukvården i Lerums kommun
    Så ska vårdcentralen Lerum se SIP:en som avdelning 51 på Sahlgrenska har kallat till i SAMSA
    När läkaren på vårdcentralen Lerum försöker kalla till SIP för patienten om 3 dagar kl. 14.00 med hemsjukvården i Lerums kommun
    Så ska Samvy ha stoppat den andra SIP:en och hänvisat till SIP:en som avdelning 51 på Sahlgrenska har kallat till i SAMSA
    Och ska hemsjukvården i Lerums kommun se kallelsen till SIP i sin inkorg i SAMSA
    Och meddelandet ska ha kommit exakt en gång

  Scenario: En SIP i Samvy syns i SAMSA, och en andra SIP där stoppas
    Givet att vårdcentralen Lerum arbetar i Samvy
    Och att en patient folkbokförd i Lerums kommun skrivs in på avdelning 51 på Sahlgrenska
    Och att patienten tidigare har registrerats i Samvy av vårdcentralen Lerum
    Och att läkaren på vårdcentralen Lerum har kallat till SIP för patienten om 2 dagar kl. 10.00 med hemsjukvården i Lerums kommun
    Så ska avdelning 51 på Sahlgrenska se SIP:en som vårdcentralen Lerum har kallat till i Samvy
    När sjuksköterskan på avdelningen försöker kalla till SIP om 3 dagar kl. 14.00 med hemsjukvården i Alingsås kommun
    Så ska SAMSA ha stoppat den andra SIP:en och hänvisat till SIP:en som vårdcentralen Lerum har kallat till i Samvy
    Och ska hemsjukvården i Lerums kommun se kallelsen till SIP i sin inkorg i SAMSA
    Och meddelandet ska ha kommit exakt en gång
