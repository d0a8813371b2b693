# language: sv
@process:P03 @allure.epic:Samexistens @allure.owner:Processägare_samexistens @critical @kräver:katalog
Egenskap: Inkorgar för enheter som inte driftsatt Samvy syns inte i Samvy
  En enhet som väntar på sitt driftsättningsdatum läser sin SAMSA-inkorg. I Samvy får den inte erbjudas med en
  Samvy-inkorg, varken i mottagarvalet eller i sökningen i API:t: ett meddelande dit läses av ingen.
  Från driftsättningsdagen är Samvy-inkorgen den rätta.

  Bakgrund:
    Givet att avdelning 32 på NÄL arbetar i Samvy
    Och att en patient skrivs in på avdelning 32 på NÄL

  Scenario: En vårdcentral som driftsätter Samvy om tre dagar erbjuds i Samvy bara med sin SAMSA-inkorg
    Givet att vårdcentralen Sjöbo driftsätter Samvy om 3 dagar
    När sjuksköterskan på avdelningen öppnar mottagarvalet för inskrivningsmeddelandet
    Så ska mottagarvalet inte erbjuda vårdcentralen Sjöbo med Samvy-inkorg
    Och ska mottagarvalet erbjuda vårdcentralen Sjöbo med SAMSA-inkorg via integrationen
    Och ska en sökning efter vårdcentralen Sjöbo i Samvys API ge SAMSA-inkorg via integrationen

  Scenario: En vårdcentral som driftsätter Samvy imorgon har ännu ingen Samvy-inkorg
    Givet att vårdcentralen Norrby driftsätter Samvy imorgon
    När sjuksköterskan på avdelningen öppnar mottagarvalet för inskrivningsmeddelandet
    Så ska mottagarvalet inte erbjuda vårdcentralen Norrby med Samvy-inkorg
    Och ska en sökning efter vårdcentralen Norrby i Samvys API ge SAMSA-inkorg via integrationen

  Scenario: En vårdcentral som driftsätter Samvy idag erbjuds med sin Samvy-inkorg
    Givet att vårdcentralen Lextorp driftsätter Samvy idag
    När sjuksköterskan på avdelningen öppnar mottagarvalet för inskrivningsmeddelandet
    Så ska mottagarvalet erbjuda vårdcentralen Lextorp med Samvy-inkorg
    Och ska en sökning efter vårdcentralen Lextorp i Samvys API ge Samvy-inkorg
