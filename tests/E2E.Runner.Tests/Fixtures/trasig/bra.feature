# language: sv
Egenskap: En fungerande egenskap bredvid en trasig

  Scenario: Fungerar ändå
    Givet att loggen är tom
    Så ska loggen innehålla "tom"
