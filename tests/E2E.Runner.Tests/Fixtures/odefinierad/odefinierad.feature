Egenskap: Steg som inte kan köras

  Scenario: Ett steg saknar definition
    Givet att loggen är tom
    När något helt odefinierat händer med 5 patienter
    Så ska loggen innehålla "aldrig"

  Scenario: Ett steg matchar två definitioner
    Givet att steget är tvetydigt

  Scenario: Ett steg misslyckas
    Givet att loggen är tom
    Så ska loggen innehålla "något som saknas"

  @felet-omformuleras
  Scenario: En hook säger om ett misslyckat steg
    Givet att loggen är tom
    Så ska loggen innehålla "något som saknas"
