# language: sv
@process:P01 @allure.epic:Samexistens @allure.owner:Processägare_samexistens @critical @kräver:katalog
Egenskap: Systemval under samexistensen
  Varje enhet arbetar en viss dag i ett system: i Samvy från sitt driftsättningsdatum, i SAMSA före det och utan
  datum. Avdelningen skickar i sitt eget system och meddelandet når mottagarens inkorg i mottagarens system. Arbete
  i fel system är samexistensens största risk: det som görs där ser ingen.

  # Varje rad har egna enheter: ett driftsättningsdatum gäller hela körningen, och raderna körs samtidigt.
  Scenariomall: Avsändarens och mottagarens driftsättning avgör vilket system som bär processen
    Givet att <avdelning> <avdelningens driftsättning>
    Och att <mottagare> <mottagarens driftsättning>
    Och att en patient skrivs in på <avdelning>
    När sjuksköterskan på avdelningen skickar inskrivningsmeddelande till <mottagare> med beräknad utskrivning om 3 dagar
    Så ska katalogen ange att <avdelning> arbetar i <avsändarsystem>
    Och ska katalogen ange att <mottagare> arbetar i <mottagarsystem>
    Och ska avdelningen ha skickat inskrivningsmeddelandet i <avsändarsystem>
    Och ska <mottagare> se inskrivningsmeddelandet i sin inkorg i <mottagarsystem>
    Och meddelandet ska ha kommit exakt en gång

    Exempel:
      | avdelning           | avdelningens driftsättning           | mottagare                          | mottagarens driftsättning            | avsändarsystem | mottagarsystem |
      | avdelning 40 på SÄS | saknar driftsättningsdatum för Samvy | hemsjukvården i Bollebygds kommun  | saknar driftsättningsdatum för Samvy | SAMSA          | SAMSA          |
      | avdelning 41 på SÄS | driftsatte Samvy igår                | hemsjukvården i Marks kommun       | driftsätter Samvy imorgon            | Samvy          | SAMSA          |
      | avdelning 42 på SÄS | driftsätter Samvy idag               | hemsjukvården i Tranemo kommun     | saknar driftsättningsdatum för Samvy | Samvy          | SAMSA          |
      | avdelning 43 på SÄS | driftsätter Samvy imorgon            | hemsjukvården i Ulricehamns kommun | driftsätter Samvy idag               | SAMSA          | Samvy          |
      | avdelning 44 på SÄS | driftsatte Samvy för 30 dagar sedan  | hemsjukvården i Svenljunga kommun  | driftsatte Samvy igår                | Samvy          | Samvy          |
