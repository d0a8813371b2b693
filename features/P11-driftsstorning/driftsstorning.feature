# language: sv
@process:P11 @allure.epic:Samexistens @allure.owner:Processägare_samexistens @critical @kräver:fel
Egenskap: Driftsstörning: meddelanden bärs av reservrutinen och kommer fram en gång efteråt
  När Samvy är nere tar integrationen över meddelanden till Samvy-inkorgar och visar dem i reservrutinen, så att
  enheten kan få beskedet på annat sätt. När Samvy är uppe igen levereras varje meddelande en gång, märkt att
  reservrutinen burit det. När SAMSA är nere väntar meddelanden till SAMSA hos integrationen och levereras en gång
  när SAMSA är uppe. Ett meddelande som kommer två gånger efter en störning räknas och åtgärdas två gånger.

  # Driftsstörningarna är avsiktliga: de prövar produkten, och scenarierna körs ensamma (en störning gäller alla).
  Scenario: Under en driftsstörning i Samvy bär reservrutinen inskrivningsmeddelandet, som sedan kommer fram en gång
    Givet att avdelning 51 på Sahlgrenska arbetar i SAMSA
    Och att hemsjukvården i Alingsås kommun arbetar i Samvy
    Och att en patient skrivs in på avdelning 51 på Sahlgrenska
    Och att Samvy har en driftsstörning
    När sjuksköterskan på avdelningen skickar inskrivningsmeddelande till hemsjukvården i Alingsås kommun med beräknad utskrivning om 4 dagar
    Så ska reservrutinen visa inskrivningsmeddelandet för hemsjukvården i Alingsås kommun
    När Samvy är tillgängligt igen
    Så ska hemsjukvården i Alingsås kommun se inskrivningsmeddelandet i sin inkorg i Samvy
    Och meddelandet ska vara märkt att reservrutinen har burit det
    Och meddelandet ska visa patientens namn, personnummer, adress och beräknat utskrivningsdatum
    Och meddelandet ska ha kommit exakt en gång

  Scenario: Under en driftsstörning i SAMSA väntar inskrivningsmeddelandet och kommer fram en gång efteråt
    Givet att avdelning 32 på NÄL arbetar i Samvy
    Och att hemsjukvården i Lerums kommun arbetar i SAMSA
    Och att en patient skrivs in på avdelning 32 på NÄL
    Och att SAMSA har en driftsstörning
    När sjuksköterskan på avdelningen skickar inskrivningsmeddelande till hemsjukvården i Lerums kommun med beräknad utskrivning om 4 dagar
    Och SAMSA är tillgängligt igen
    Så ska hemsjukvården i Lerums kommun se inskrivningsmeddelandet i sin inkorg i SAMSA
    Och meddelandet ska visa patientens namn, personnummer, adress och beräknat utskrivningsdatum
    Och meddelandet ska ha kommit exakt en gång
