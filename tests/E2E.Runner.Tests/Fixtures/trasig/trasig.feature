Egenskap: Trasig

  Scenario: Saknar steg-nyckelord
    Givet att loggen är tom
    detta är ingen giltig rad
