# language: sv
@process:P02 @allure.epic:Samexistens @allure.owner:Processägare_samexistens @critical
Egenskap: Katalogtjänsten Millenniumenheter pekar ut rätt system och inkorg
  Katalogen säger vilket system varje enhet arbetar i en viss dag och vilken inkorg den har där. Båda systemens
  mottagarval bygger på den: en enhet erbjuds en gång, med sin inkorg i sitt eget system.

  Scenario: Katalogen ger varje enhet sin inkorg i det system som driftsättningsdatumet anger
    Så ska katalogen för varje enhet ange Samvy från driftsättningsdatumet och annars SAMSA, med inkorgen där
    Och ska katalogen ange att avdelning 32 på NÄL arbetar i Samvy
    Och ska katalogen ange att hemsjukvården i Lerums kommun arbetar i SAMSA

  @kräver:testklocka @kräver:katalog
  Scenario: En vårdcentral byter till Samvy på sin driftsättningsdag, inte dagen före
    Givet att det är måndag 2 mars 2026 kl. 08.00
    Och att vårdcentralen Gråbo driftsätter Samvy på onsdag
    Och att en dag har gått
    Så ska katalogen ange att vårdcentralen Gråbo arbetar i SAMSA
    När en dag har gått
    Så ska katalogen ange att vårdcentralen Gråbo arbetar i Samvy

  Scenariomall: Mottagarvalet i <system> erbjuder varje enhet en gång, med inkorgen i enhetens eget system
    Givet att <avdelning> arbetar i <system>
    Och att hemsjukvården i Lerums kommun arbetar i SAMSA
    Och att hemsjukvården i Alingsås kommun arbetar i Samvy
    Och att en patient skrivs in på <avdelning>
    När sjuksköterskan på avdelningen öppnar mottagarvalet för inskrivningsmeddelandet
    Så ska mottagarvalet erbjuda:
      | mottagare                       | inkorg            |
      | hemsjukvården i Lerums kommun   | <Lerums inkorg>   |
      | hemsjukvården i Alingsås kommun | <Alingsås inkorg> |
    Och ska mottagarvalet erbjuda varje enhet i katalogen en gång, med den inkorg katalogen anger

    Exempel:
      | avdelning                   | system | Lerums inkorg                  | Alingsås inkorg                |
      | avdelning 51 på Sahlgrenska | SAMSA  | SAMSA-inkorg                   | Samvy-inkorg via integrationen |
      | avdelning 32 på NÄL         | Samvy  | SAMSA-inkorg via integrationen | Samvy-inkorg                   |
