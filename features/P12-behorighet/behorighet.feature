# language: sv
@process:P12 @allure.epic:Behörighet @allure.owner:Processägare_samverkan @critical
Egenskap: Behörighet i två system
  Under samexistensen har en del personal uppdrag vid enheter i båda systemen. Den som har uppdrag i båda ska kunna
  arbeta i båda, var och en med rätt uppdrag. Den som saknar uppdrag vid en enhet som arbetar i Samvy ska inte komma
  åt Samvys inkorgar. Och ingen ska kunna läsa en annan enhets inkorg – varken på skärmen eller genom systemets API.

  Scenariomall: Samordnaren med uppdrag i båda systemen läser inskrivningsmeddelandet i båda inkorgarna
    Givet att hemsjukvården i Kungälvs kommun arbetar i SAMSA
    Och att biståndshandläggarna i Kungälv arbetar i Samvy
    Och att <avdelning> arbetar i <system>
    Och att samordnaren i Kungälvs kommun har uppdrag vid hemsjukvården i Kungälvs kommun och vid biståndshandläggarna i Kungälv
    Och att en patient folkbokförd i Kungälvs kommun skrivs in på <avdelning>
    När sjuksköterskan på avdelningen skickar inskrivningsmeddelande till hemsjukvården i Kungälvs kommun med beräknad utskrivning om 4 dagar
    Och sjuksköterskan på avdelningen skickar inskrivningsmeddelande till biståndshandläggarna i Kungälv med beräknad utskrivning om 4 dagar
    Så ska samordnaren se inskrivningsmeddelandet i inkorgen för hemsjukvården i Kungälvs kommun i SAMSA
    Och meddelandet ska visa patientens namn, personnummer, adress och beräknat utskrivningsdatum
    Och ska samordnaren se inskrivningsmeddelandet i inkorgen för biståndshandläggarna i Kungälv i Samvy
    Och meddelandet ska visa patientens namn, personnummer, adress och beräknat utskrivningsdatum

    Exempel:
      | avdelning                   | system |
      | avdelning 51 på Sahlgrenska | SAMSA  |
      | avdelning 32 på NÄL         | Samvy  |

  Scenario: Den som bara har uppdrag i SAMSA kommer inte åt Samvy, varken på skärmen eller genom API:t
    Givet att hemsjukvården i Partille kommun arbetar i SAMSA
    Och att sjuksköterskan på hemsjukvården i Partille kommun bara har uppdrag vid enheter som arbetar i SAMSA
    När sjuksköterskan på hemsjukvården i Partille kommun försöker logga in i Samvy
    Så ska Samvy neka inloggningen med beskedet "saknar medarbetaruppdrag vid en enhet som har driftsatt Samvy"
    När sjuksköterskan på hemsjukvården i Partille kommun begär ett token för Samvys API
    Så ska Samvys API neka med status 403 och beskedet "uppdraget ger ingen behörighet i Samvy"

  Scenariomall: Ingen öppnar en annan enhets inkorg i <system> på skärmen
    Givet att <avdelning> arbetar i <system>
    Och att <mottagare> arbetar i <system>
    Och att <annan enhet> arbetar i <system>
    Och att en patient folkbokförd i <kommun> skrivs in på <avdelning>
    Och att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande till <mottagare> med beräknad utskrivning om 3 dagar
    Och att inskrivningsmeddelandet har kommit fram till <mottagare> i <system>
    När sjuksköterskan på <annan enhet> försöker öppna inkorgen för <mottagare>
    Så ska <system> neka att visa inkorgen med beskedet "Du har inte behörighet att läsa meddelanden"

    Exempel:
      | system | avdelning                   | mottagare                       | kommun          | annan enhet                         |
      | SAMSA  | avdelning 51 på Sahlgrenska | hemsjukvården i Lerums kommun   | Lerums kommun   | hemsjukvården i Partille kommun     |
      | Samvy  | avdelning 32 på NÄL         | hemsjukvården i Alingsås kommun | Alingsås kommun | hemsjukvården i Stenungsunds kommun |

  Scenariomall: Ingen hämtar en annan enhets inkorg genom <system>s API
    Givet att <avdelning> arbetar i <system>
    Och att <mottagare> arbetar i <system>
    Och att <annan enhet> arbetar i <system>
    Och att en patient folkbokförd i <kommun> skrivs in på <avdelning>
    Och att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande till <mottagare> med beräknad utskrivning om 3 dagar
    Och att inskrivningsmeddelandet har kommit fram till <mottagare> i <system>
    När sjuksköterskan på <annan enhet> begär inkorgen för <mottagare> genom <system>s API
    Så ska <system>s API neka med status 403 och beskedet "Du har inte behörighet att läsa meddelanden"

    Exempel:
      | system | avdelning                   | mottagare                       | kommun          | annan enhet                         |
      | SAMSA  | avdelning 51 på Sahlgrenska | hemsjukvården i Lerums kommun   | Lerums kommun   | hemsjukvården i Partille kommun     |
      | Samvy  | avdelning 32 på NÄL         | hemsjukvården i Alingsås kommun | Alingsås kommun | hemsjukvården i Stenungsunds kommun |
