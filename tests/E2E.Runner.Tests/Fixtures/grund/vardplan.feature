@process:P99 @allure.epic:Testepos
Egenskap: Vårdplan i testform
  En beskrivning som inte är ett steg.

  Bakgrund:
    Givet att loggen är tom

  Scenario: Ett enkelt scenario med tabell och dokumentsträng
    Givet följande enheter:
      | namn               | system |
      | Avdelning 32, NÄL  | Samvy  |
      | Hemsjukvård Lerum  | SAMSA  |
    När meddelandet skickas med texten:
      """
      Beräknad utskrivning om 5 dagar
      """
    Så ska loggen innehålla "meddelande"
    Och ska loggen innehålla "enheter:2"

  @riktning
  Scenariomall: Meddelande mellan <från> och <till>
    När ett meddelande går från <från> till <till>
    Så ska loggen innehålla "<från>→<till>"
    Och ska loggen ha 2 poster

    @snabb
    Exempel: Över systemgränsen
      | från  | till  |
      | Samvy | SAMSA |
      | SAMSA | Samvy |

    Exempel: Inom samma system
      | från  | till  |
      | SAMSA | SAMSA |

  @regeltagg
  Regel: Regler har egen bakgrund
    Bakgrund:
      Givet att regelns bakgrund har körts

    Scenario: Scenario i en regel
      Så ska loggen innehålla "regelbakgrund"
