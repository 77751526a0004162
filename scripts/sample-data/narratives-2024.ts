/**
 * The narrative sections of each förvaltning's 2024 submission. Example texts, written to be
 * consistent with the published 2024 report and with data/2024/projects.json.
 */
export interface Narrative { arbete: string; utveckling: string; natverk: string; projekt: string }

export const NARRATIVES_2024: Record<string, Narrative> = {
  asn: {
    arbete: `Arbetsmarknads- och socialförvaltningen har under 2024 deltagit i tio EU-finansierade projekt: åtta inom Europeiska socialfonden (ESF+), ett inom Asyl-, migrations- och integrationsfonden (AMIF) och ett inom programmet Medborgare, jämlikhet, rättigheter och värden (CERV). Sammanlagt betalades cirka 25,7 miljoner kronor i EU-medel ut till förvaltningen under året, vilket gör oss till den nämnd i staden som tar emot mest EU-medel.

Förvaltningen äger ESF-projektet Samverkan för barns rätt till lek, vila och fritid och driver det tillsammans med grundskoleförvaltningen, kulturförvaltningen och fritidsförvaltningen. Projektet ger barn i Sofielund och Rosengård meningsfulla kultur- och fritidsaktiviteter genom en modell där skola, föreningar och andra aktörer samordnar sina aktiviteter. Omkring 700 barn och föräldrar beräknas delta under projekttiden, och erfarenheterna ska spridas till andra delar av staden.

Vid årsskiftet 2024/25 avslutades ESF-projektet Malmökraften, där förvaltningen varit projektpart tillsammans med Försäkringskassan och Region Skåne under Arbetsförmedlingens projektledning. Projektet har syftat till att minska långtidsarbetslösheten genom gemensamma team. Metoderna har visat sig framgångsrika och lever nu vidare i fortsatt samverkan och samlokalisering. Två samarbeten med Stockholm och Halmstad har inletts med Malmökraftens samverkansmodell som grund.

Under året startade Social vägledning Ung Malmö för unga mellan 18 och 29 år i Rosengård, Nydala, Hermodsdal och Lindängen, och Kompetensutvecklingsprojekt Medledare för erfarna medarbetare. Uppsök Ung Malmö fortsatte att nå unga som varken arbetar eller studerar.`,
    utveckling: `Projekten är ett sätt att pröva nya arbetssätt som sedan kan föras in i ordinarie verksamhet. Arbetsmetoderna från Malmökraften och Vägen tillbaka, som avslutades i augusti 2024 tillsammans med Finsam Malmö, ingår nu i förvaltningens samverkan med Arbetsförmedlingen. I Språkstegen har språkombud på ett trettiotal arbetsplatser inom vård, omsorg och lokalvård gjort att fler nyanlända klarat kraven för en tillsvidareanställning. Breddad rekrytering Malmö stad, som förvaltningen driver med bland andra funktionsstödsförvaltningen, har rustat Malmöbor som anställts genom arbetsmarknadsinsatser för yrken där staden har svårt att rekrytera.

Genom CERV-projektet Safe Homes Europe, som leds av nätverket WAVE i Wien, har socialsekreterare utbildats i tidig upptäckt av våld i nära relationer och jämfört arbetssätt med Bologna, Valencia och Köpenhamn.`,
    natverk: `Förvaltningen deltar i Eurocities arbetsgrupp för sociala frågor och i European Social Network. Inom MalmöKöpenhamn-samarbetet följer vi den danska arbetsmarknaden, med erfarenheter från det tidigare React-EU-projektet Bortom Malmö. Förvaltningen har också tagit emot studiebesök från Köpenhamn, Hamburg och Oslo om Malmökraftens modell.`,
    projekt: `Tabellen visar förvaltningens tio projekt under 2024 och de EU-medel som betalades ut till förvaltningen under året.`,
  },
  fsn: {
    arbete: `Förskoleförvaltningen har under 2024 tagit emot en rad rektorer och pedagoger från flera andra EU-länder som vill lära sig mer om Malmö stads språkutvecklande arbetssätt i förskolor där barnen tillsammans talar ett stort antal språk. Besökare har bland annat kommit från Reggio Emilia i Italien, Amsterdam i Nederländerna och Helsingfors i Finland, och flera av besöken har lett till fortsatta kontakter mellan förskolor.

Bokträdgården i Torup, med sitt hälsofrämjande och pedagogiska arbete utifrån hållbar utveckling, har lockat många nationella och internationella besökare. Under våren och hösten tog Bokträdgården emot grupper från Österrike, Danmark och Tyskland som ville se hur barnen lär sig om natur, odling och kretslopp året runt.

Förvaltningen deltog under året i två Erasmus+-projekt. Det större, Språk i förskolan, bygger på förvaltningens Erasmus-ackreditering och ger förskollärare möjlighet till jobbskuggning och kurser i andra länder. Det mindre, Outdoor Learning Gardens, var ett utbyte med en förskola i Graz om utomhuspedagogik, med en budget på 70 000 kronor.`,
    utveckling: `Under 2024 gjorde 34 förskollärare och barnskötare jobbskuggning eller gick kurser utomlands inom Språk i förskolan. De har tagit med sig arbetssätt för att arbeta med flera språk samtidigt i barngruppen, bland annat bildstöd och digitala böcker på modersmål, och sprider dem vidare i förvaltningens nätverk för språkutvecklare. Ett tiotal förskolor har börjat arbeta med språkpromenader efter förebild från Amsterdam.

Utbytet i Outdoor Learning Gardens har gett Bokträdgården i Torup nya idéer för lärande utomhus under vintern, och ett material om odling med de yngsta barnen har tagits fram tillsammans med pedagogerna i Graz. Att ta emot internationella besök har också gett personalen en bekräftelse på att det egna arbetet håller hög kvalitet, vilket beskrivs som stärkande och roligt.`,
    natverk: `Förvaltningen deltar i eTwinning och i Eurocities arbetsgrupp för tidig barndom. Kontakterna med Reggio Emilia-institutet i Stockholm och med förskolor i Reggio Emilia är en viktig källa till inspiration, och samarbetet med Helsingfors om flerspråkighet fortsätter.`,
    projekt: `Förvaltningen är projektägare i två Erasmus+-projekt.`,
  },
};

Object.assign(NARRATIVES_2024, {
  gsn: {
    arbete: `Grundskoleförvaltningen har utifrån internationell forskning om elevers lärande byggt ett styrnings- och ledningssystem där det internationella arbetet tänks in från början och styrs av behov och långsiktig nytta. Förvaltningen har konsekvent stöttat skolorna i det internationella samarbetet, vilket tydligt har höjt motivationen att delta i aktiviteter, ta emot besök och anordna kurser tillsammans med deltagare från andra länder inom EU.

Under 2024 deltog förvaltningen i nio EU-finansierade projekt: sju Erasmus+-projekt och två projekt inom ESF+. Förvaltningen blev under året ackrediterad för ett Erasmus+-konsortium där ett tjugotal grundskolor kan skicka lärare och elever på kurser, jobbskuggning och utbyten, bland annat i Wien, Sevilla och Tallinn. I Climate Schools Network har elever i årskurs 4–9 mätt sin skolas klimatavtryck tillsammans med skolor i Rotterdam, Lyon och Gdańsk, och i Reading Buddies Europe har äldre elever blivit läsfaddrar för yngre, på flera språk, tillsammans med skolor i Dublin, Milano och Vilnius.

Förvaltningen är projektpart i Samverkan för barns rätt till lek, vila och fritid, som arbetsmarknads- och socialförvaltningen äger, och äger själv ESF-projektet Närvaroteam Malmö, där tvärprofessionella team arbetar med elever med hög frånvaro.`,
    utveckling: `Det internationella arbetet ger lärare nya verktyg i undervisningen. Erfarenheterna från Math Without Borders, som avslutades sommaren 2024 tillsammans med skolor i Cascais, Brno och Kuopio, har lett till ett gemensamt material för språkinriktad matematikundervisning som nu används på tolv skolor. Inclusive Classrooms har gett nya rutiner för mottagande av nyanlända elever och studiehandledning på modersmål, med inspiration från Hamburg, Antwerpen och Bilbao.

Närvaroteam Malmö har under året arbetat med 140 elever, och närvaron har ökat för två tredjedelar av dem. I Music Bridges möttes körer från Malmö och vänorterna Szczecin och Stralsund i en gemensam konsert i juni. Digital Citizenship for Kids, som leds från Thessaloniki, ger eleverna i årskurs 4–6 träning i källkritik och nätvett. Utbyten förbereds allt oftare digitalt, vilket minskar resandet.`,
    natverk: `Förvaltningen deltar i Eurocities arbetsgrupp för utbildning och i eTwinning, där över 60 av Malmös grundskolor är registrerade. Kontakterna med skolor i vänorterna Szczecin och Stralsund är en viktig väg till nya projektpartner.`,
    projekt: `Förvaltningen redovisar nio projekt 2024, varav ett delas med arbetsmarknads- och socialförvaltningen.`,
  },
  gvn: {
    arbete: `Gymnasie- och vuxenutbildningsförvaltningen vill påminna om vikten av det internationella perspektivet i undervisningen, så att eleverna kan se den egna verkligheten i ett globalt sammanhang och så att tanken om internationell solidaritet stärks. Under de senaste åren har ett lokalt förbättringsarbete lett till ett ökat internationellt samarbete och nya nätverk, både internationellt och inom staden.

Ett flertal gymnasieskolor i Malmö är löpande involverade i internationellt arbete och projekt. Malmö Borgarskola är Erasmusackrediterad och erbjöd under 2024 elevutbyten och studieresor samt utlandsförlagt lärande med språk- eller ämnesfokus, med partnerskolor i Lyon, Granada och Kiel. Malmö Latinskola har under 2024 förberett sig för att bli Erasmusackrediterad under 2025. Pauliskolan arrangerade en kombinerad studie- och hågkomstresa till Sarajevo för att främja mänskliga rättigheter, demokrati och allas lika värde, kopplat till islamofobi och antimuslimsk rasism. S:t Petri skola arrangerar European Youth Parliament, där elever kan gå vidare på regional, nationell och internationell nivå. Neptuniskolan har tagit emot elever från Japan, och Citadellskolan förbereder sig som värdskola i Erasmusprojektet Equal Chances in Education, som handlar om undervisning för elever med socioekonomiska utmaningar i hemmiljön.`,
    utveckling: `Inom vuxenutbildningen har ESF-projektet Yrkesvux med språkstöd gjort det möjligt för fler vuxna att läsa en yrkesutbildning samtidigt som de lär sig svenska. Under 2024 deltog 220 vuxna inom vård, bygg och restaurang, och modellen med språkstöd i yrkesämnena utvärderas tillsammans med Malmö universitet. Genom Komvux Malmös Erasmus-ackreditering har 28 lärare i sfi och vuxenutbildning gått kurser eller gjort jobbskuggning i Hamburg och Bologna.

Green Skills in VET, som avslutades i september 2024, har gett yrkesprogrammen nya moment om energieffektiv installation, cirkulärt byggande och hållbar restaurang, utvecklade med yrkesskolor i Roskilde, Utrecht och Esbo.`,
    natverk: `Förvaltningen deltar i nätverket European Vocational Skills Network och i Erasmus-nätverket för ackrediterade skolor i Skåne. Kontakter med skolor i vänorterna Tallinn och Varna har lett till nya partnerskap.`,
    projekt: `Förvaltningen redovisar fem projekt 2024: fyra Erasmus+-projekt och ett ESF+-projekt.`,
  },
  ks: {
    arbete: `Stadskontoret samordnar stadens internationella arbete och sammanställer varje år redovisningen av nämndernas internationella arbete enligt Policy för internationellt arbete, som reviderades och antogs av kommunfullmäktige i augusti 2024. Under året har avdelningen Omvärld och näringsliv stöttat förvaltningarna i ansökningar till bland annat ESF+, Interreg och Horisont Europa, och ett internt nätverk för EU-samordnare har träffats varannan månad.

Stadskontoret deltog under 2024 i fyra EU-finansierade projekt. Det största är ESF-projektet Kompetensförsörjning genom att spegla Malmö, som projektleds av stadskontorets HR-avdelning tillsammans med flera förvaltningar, bland dem funktionsstödsförvaltningen. Projektet verkar för att Malmö stads organisation i större omfattning ska spegla Malmöbornas skilda erfarenheter och bakgrunder i alla yrkeskategorier och chefsled, oavsett etnisk bakgrund, funktionsnedsättning eller kön. Omkring 80 medarbetare och chefer deltar.

Malmö deltar sedan juni 2023 som ny stad i ett nätverk inom URBACT IV. I Interreg Europe-projektet GreenFin Cities, som leds av Utrecht, delar Malmö sina erfarenheter av klimatbudget med Turin, Tallinn, Gdańsk och Lahtis. I CitiTwin Nordic, som leds av Aarhus och finansieras av Digitala Europa, utvecklas digitala tvillingar för stadsplanering tillsammans med Tammerfors, Bergen och RISE.`,
    utveckling: `Spegla Malmö har under året tagit fram kompetensbaserade rekryteringsrutiner och en utbildning för chefer om inkluderande rekrytering, som nu erbjuds alla förvaltningar. GreenFin Cities har gett underlag till hur klimatbudgeten kan kopplas till stadens investeringsplan, och CitiTwin Nordic har gett en första version av en digital tvilling för Nyhamnen som stadsbyggnadskontoret och miljöförvaltningen testar.`,
    natverk: `Malmö är medlem i Eurocities, Union of the Baltic Cities, Baltic Metropoles, ICLEI och Strong Cities Network, och deltar i STRING, MalmöLundregionen och MalmöKöpenhamn. Stadskontoret håller kontakterna med vänorterna Tallinn, Szczecin, Stralsund, Florens, Vasa, Varna, Tangshan och Port Adelaide. Malmö är en av sju svenska städer i EU:s uppdrag om 100 klimatneutrala och smarta städer.`,
    projekt: `Stadskontoret redovisar fyra projekt 2024.`,
  },
  kn: {
    arbete: `Kulturförvaltningen har under 2024 deltagit i tre projekt inom EU-programmet Kreativa Europa och har dessutom medverkat i ESF-projektet Samverkan för barns rätt till lek, vila och fritid, som arbetsmarknads- och socialförvaltningen äger.

Tillsammans med hälsa-, vård- och omsorgsförvaltningen medverkar förvaltningen i Perfare, som leds av Consorzio Marche Spettacolo i Italien med partner i Italien, Ungern, Portugal och Rumänien. Projektet har lett till ett utbyte av praktiska erfarenheter av kultur som hälsofrämjande aktivitet för personer med demens. Under året genomfördes tolv föreställningar på särskilda boenden i Malmö, och pedagoger från Pro Progressione i Budapest och Artemrede i Portugal besökte Malmö för att se arbetet. Projektet ligger i linje med de båda förvaltningarnas samverkan kring Kultur för äldre.

Malmö Museer deltar i Stories of Migration, där museer i Antwerpen, Bremerhaven och Genua samlar in berättelser om migration. Under 2024 spelades 45 berättelser från Malmöbor in, och en gemensam utställning planeras till 2025. I Young Voices on Stage har unga mellan 15 och 20 år skrivit och spelat egen scenkonst om klimat och framtid tillsammans med Teatro di Roma, Det Kongelige Teater i Köpenhamn och en teater i Warszawa.`,
    utveckling: `Erfarenheterna från Perfare används nu för att utveckla Kultur för äldre med metoder för scenkonst anpassad för personer med demens, och en handbok för kulturutövare och vårdpersonal tas fram tillsammans med hälsa-, vård- och omsorgsförvaltningen. Det internationella samarbetet ger förvaltningen nya kontakter, kunskap om publikarbete och möjlighet att visa Malmös kulturliv i Europa.`,
    natverk: `Förvaltningen deltar i Eurocities kulturforum och i nätverket Culture Action Europe. Bibliotekens samarbete med bibliotek i Köpenhamn och Aarhus fortsätter inom MalmöKöpenhamn.`,
    projekt: `Förvaltningen är projektpart i tre projekt inom Kreativa Europa.`,
  },
});

Object.assign(NARRATIVES_2024, {
  mn: {
    arbete: `Miljöförvaltningen har stor erfarenhet av att driva stora och komplexa EU-finansierade projekt och deltog under 2024 i 25 projekt, fler än någon annan förvaltning: elva inom Horisont 2020 och Horisont Europa, två inom Interreg, två inom ESF+ och tio inom LIFE, URBACT, Regionalfonden och Digitala Europa. Sammanlagt betalades cirka 10,4 miljoner kronor i EU-medel ut till förvaltningen.

EU-kommissionen har valt Malmö som en av EU:s pilotstäder i NetZeroCities pilotprogram, som ska visa hur städer kan ställa om och bli klimatneutrala 2030, och beviljat finansiellt stöd för detta. I Malmö sker arbetet bland annat genom Klimatomställning Malmö och sju färdplaner, varav Färdplan för klimatneutralt byggande leds av stadsbyggnadskontoret. Andra svenska pilotstäder är Uppsala och Umeå.

Inom förstudien Delaktighet i Klimatomställning Malmö och Interregprojektet Speak Up, där Malmö samarbetar med bland andra Skive Kommune i Danmark och Stad Mechelen i Belgien, har metoder för medborgarinvolvering kartlagts och testats. Hösten 2024 hölls ett Klimatrådslag i samverkan med Klimatriksdagen. Ett femtiotal slumpvis utvalda Malmöbor träffades under fyra helger, och Klimatrådslaget utmynnade i 26 förslag som ska skynda på klimatomställningen och som kommer att prövas i miljönämnden.

Förvaltningen stödjer fastighets- och gatukontoret i Interregprojektet STRIVE om hållbara evenemang och är partner i Horisont Europa-projektet ARCADIA, som leds av ART-ER i Italien och där Skåne är modellregion för naturbaserad klimatanpassning tillsammans med Helsingborg, Lund, Region Skåne, Sustainable Business Hub och SLU.`,
    utveckling: `Projekten gör det möjligt att pröva lösningar i full skala. I CITYSHIFT, som leds av Tecnalia i Spanien, demonstreras energirenovering och lokal energi i Sofielund. I FOODWAYS och LIFE Circular Food Malmö har matsvinnet i de deltagande skolköken minskat med 30 procent. CIRC-TEX har öppnat två återbruksstationer för textilier tillsammans med Köpenhamn och Prato. Tre projekt avslutades under året: ENERGY COMMUNITIES i april, LIFE Kemikaliesmart förskola i juni och BIOCITY i september, och resultaten har förts in i ordinarie tillsyn och planering. LIFE Våtmarker Öresund avslutades vid årsskiftet. LIFE Tyst stad startade i oktober.`,
    natverk: `Malmö ingår i EU:s uppdrag om 100 klimatneutrala och smarta städer och har ett Klimatkontrakt 2030 med Energimyndigheten, Formas, Vinnova, Tillväxtverket och Viable Cities. Förvaltningen deltar i ICLEI, Eurocities miljöforum och UBC:s kommission för hållbara städer. Genom partnerskapet LuMa Youth for Change med Lusaka, som finansieras av ICLD och inte av EU, samarbetar unga i Malmö och Zambia om klimatfrågor.`,
    projekt: `Förvaltningen redovisar 25 projekt 2024. NetZeroCities delas med stadsbyggnadskontoret och STRIVE med fastighets- och gatukontoret.`,
  },
  sbn: {
    arbete: `Stadsbyggnadskontoret leder arbetet med Färdplan för klimatneutralt byggande inom NetZeroCities pilotprogram, där Malmö är en av EU:s pilotstäder för klimatneutralitet 2030. Målet är att minska växthusgasutsläppen från byggnader och byggprojekt i Malmö och att byggsektorn i Malmö ska vara klimatneutral 2030.

Arbetet sker i samarbete med LFM30, Lokal Färdplan Malmö 2030, ett nätverk med cirka 200 aktörer från byggsektorn: byggherrar, entreprenörer, arkitekter, konsulter och materialleverantörer. Under 2024 har stadsbyggnadskontoret tillsammans med LFM30 tagit fram gemensamma gränsvärden för klimatpåverkan i nyproduktion och en vägledning för klimatberäkningar i tidiga skeden. Tre pilotprojekt i Hyllie, Nyhamnen och Sege Park har prövat gränsvärdena, och erfarenheterna har delats med de andra pilotstäderna i NetZeroCities, bland andra Uppsala och Umeå, vid två digitala workshoppar.

Kontoret har också tagit emot delegationer från Helsingfors, Wien och Rotterdam som ville veta mer om hur en stad kan arbeta tillsammans med byggsektorn genom frivilliga åtaganden.`,
    utveckling: `Genom NetZeroCities har kontoret kunnat avsätta tid för att utveckla metoder som annars inte hade rymts i budgeten. Klimatkraven används nu i markanvisningar, och en ny rutin för klimatberäkning i detaljplaneskedet prövas under 2025. Arbetet i det nationella projektet Kraftsamling för cirkulärt byggande 2030, som finansieras av Vinnova, kompletterar EU-arbetet med fokus på återbruk av byggmaterial.`,
    natverk: `Kontoret deltar i Eurocities arbetsgrupp för klimatneutrala städer och i NetZeroCities nätverk för byggfrågor. LFM30 har kontakt med liknande initiativ i Köpenhamn och Oslo.`,
    projekt: `Stadsbyggnadskontoret redovisar ett projekt 2024: sin del av NetZeroCities, som delas med miljöförvaltningen.`,
  },
  tn: {
    arbete: `Fastighets- och gatukontoret har under 2024 skapat en ny samordningsfunktion för att samordna alla typer av samarbeten, nationella som internationella. Funktionen håller ihop förvaltningens ansökningar, följer upp pågående projekt och sprider erfarenheter mellan avdelningarna.

Under 2024 har förvaltningen projektlett Malmös arbete i det Interregfinansierade projektet STRIVE med stöd från miljöförvaltningen. Projektet samlar länder i södra Östersjöregionen vars städer har stora festivaler och andra evenemang, bland andra Hochschule Wismar i Tyskland, och verkar för en ny global standard för hållbara evenemang genom cirkulär ekonomi i festivalplanering och drift. I Malmö har Malmöfestivalen stått i centrum: under festivalen 2024 prövades återbrukbara muggar och tallrikar, sortering i fem fraktioner och en ny logistik för leveranser.

Förvaltningen deltog också i tre andra projekt. I Horisont Europa-projektet UPSTREET, som leds av Politecnico di Milano, prövas omfördelning av gatuutrymme till gång, cykel och grönska tillsammans med Eindhoven, Lissabon och Budapest. LIFE Skyfall Malmö bygger gröna tak, regnbäddar och översvämningsytor tillsammans med VA SYD och Köpenhamn. Regionalfondsprojektet Cirkulära anläggningsmassor Skåne avslutades i oktober 2024.`,
    utveckling: `Erfarenheterna från det tidigare Horisont 2020-projektet MORE, om gatuutrymme på stora infartsleder, har tagits vidare i UPSTREET, där två gator i innerstaden under 2024 fick tillfälliga gångfartsområden och fler cykelparkeringar. Mätningar visar fler fotgängare och lägre hastigheter. I Cirkulära anläggningsmassor Skåne återanvändes 42 000 ton schaktmassor i stället för att köras till deponi, och den regionala plattformen för massbalans används nu i förvaltningens projektering. STRIVE har gett ett underlag för hållbarhetskrav på alla evenemang som använder allmän plats.`,
    natverk: `Förvaltningen deltar i Eurocities mobilitetsforum och i POLIS, och har kontakt med Köpenhamn om skyfallsanpassning.`,
    projekt: `Förvaltningen redovisar fyra projekt 2024. STRIVE delas med miljöförvaltningen.`,
  },
});

Object.assign(NARRATIVES_2024, {
  frn: {
    arbete: `Fritidsförvaltningen har i ett nordiskt storstadsarbete bidragit till Erasmus-projektet U-LYNC (Urban Life of Young People in the Nordic Countries), som leds av Reykjavíks skol- och fritidsförvaltning. Malmö är en av tio städer i projektet, tillsammans med Bergen, Oslo och Trondheim i Norge, Helsingfors i Finland och Köpenhamn, Odense, Aalborg och Aarhus i Danmark.

Inom projektet samlades data in under 2023 om hur det är att vara ung i Sverige, Danmark, Norge, Island och Finland. Under hösten 2023 och våren 2024 deltog ungdomar från Malmö och de andra nordiska städerna i en serie digitala workshoppar där de identifierade ett antal teman: hälsa, mångfald, hållbarhet, ungdomsdelaktighet och utbildning. Teman diskuterades sedan vid en ungdomskonferens i Reykjavík 2024, där åtta unga från Malmö deltog tillsammans med två fritidsledare.

Förvaltningen medverkar också i ESF-projektet Samverkan för barns rätt till lek, vila och fritid, som arbetsmarknads- och socialförvaltningen äger. Där bidrar fritidsgårdar och föreningar i Sofielund och Rosengård med aktiviteter efter skolan och på lov, samordnade med skolor och kulturverksamheter.`,
    utveckling: `Arbetet i U-LYNC fortsätter under 2025, då de utmaningar och möjligheter som ungdomarna formulerade ska spridas till förtroendevalda och tjänstepersoner i Malmö. De unga från Malmö planerar en dialog med fritidsnämnden och ett seminarium för fritidsledare. Förvaltningen har också fått jämförbara data om ungas fritid i tio nordiska städer, som används i arbetet med den nya planen för öppen fritidsverksamhet. Erfarenheterna från samverkansmodellen i Sofielund och Rosengård visar att fler barn hittar till föreningslivet när aktiviteterna planeras tillsammans med skolan.`,
    natverk: `Förvaltningen deltar i nätverket för nordiska storstäders fritidsförvaltningar, som bildades ur U-LYNC, och i Eurocities arbetsgrupp för ungdomsfrågor. Kontakter med fritidsverksamheter i Köpenhamn och Aarhus används för studiebesök och erfarenhetsutbyte.`,
    projekt: `Fritidsförvaltningen är varken projektägare eller projektpart i något EU-projekt under 2024 och redovisar därför inga projekt i tabellen. Förvaltningen bidrar till U-LYNC och till Samverkan för barns rätt till lek, vila och fritid.`,
  },
  fun: {
    arbete: `Funktionsstödsförvaltningen har under 2024 deltagit i två parallella ESF-projekt med fokus på kompetensförsörjning och rekrytering, tillsammans med andra förvaltningar. Förvaltningen är inte själv projektägare eller projektpart, men har deltagit med medarbetare, chefer och arbetsplatser.

Breddad rekrytering Malmö stad verkar för en god kompetensförsörjning genom att rusta fler Malmöbor för att möta kompetensbristen i staden. Inom funktionsstöd har personer som anställts genom arbetsmarknadsinsatser fått introduktion och utbildning inom LSS-verksamhet, och ett tiotal av dem har under året gått vidare till anställning som vårdare eller boendestödjare.

Kompetensförsörjning genom att spegla Malmö verkar för att Malmö stads organisation i större omfattning ska spegla Malmöbornas skilda erfarenheter och bakgrunder i alla yrkeskategorier och chefsled, oavsett etnisk bakgrund, funktionsnedsättning eller kön. Spegla Malmö projektleds av stadskontorets HR-avdelning. Funktionsstödsförvaltningen har deltagit med chefer i utbildningen om inkluderande rekrytering och har prövat kompetensbaserade intervjuer vid rekrytering till daglig verksamhet.

Förvaltningen har också tagit emot ett studiebesök från Aarhus kommun om daglig verksamhet och om hur personer med funktionsnedsättning kan få arbete i staden.`,
    utveckling: `Projekten bidrar till förvaltningens långsiktiga arbete med kompetensförsörjning, där behovet av personal inom LSS och socialpsykiatri är stort. Erfarenheterna av kompetensbaserad rekrytering förs in i förvaltningens rekryteringsrutiner under 2025, och introduktionen för nyanställda har förkortats och fått mer stöd på arbetsplatsen.`,
    natverk: `Förvaltningen följer arbetet i European Association of Service Providers for Persons with Disabilities och har kontakter med Köpenhamns och Aarhus kommuner inom MalmöKöpenhamn-samarbetet.`,
    projekt: `Funktionsstödsförvaltningen redovisar inga egna projekt 2024. Förvaltningen deltar i Breddad rekrytering Malmö stad och Kompetensförsörjning genom att spegla Malmö, som redovisas av arbetsmarknads- och socialnämnden och kommunstyrelsen.`,
  },
  hvn: {
    arbete: `Hälsa-, vård- och omsorgsförvaltningen deltar i en rad internationella nätverk. Under 2024 deltog förvaltningen i stadens ansökan till Världshälsoorganisationens nätverk för äldrevänliga städer, WHO Global Network for Age-friendly Cities and Communities. Ansökan togs fram tillsammans med stadskontoret, kulturförvaltningen och fritidsförvaltningen, och bygger på en kartläggning där drygt 600 äldre Malmöbor svarade på frågor om bostad, transporter, social gemenskap och information.

Tillsammans med kulturförvaltningen har förvaltningen medverkat i EU-projektet Perfare, som finansieras av Kreativa Europa och leds av Consorzio Marche Spettacolo i Italien. Projektet har lett till ett utbyte av praktiska erfarenheter av kultur som hälsofrämjande aktivitet för personer med demens. Under året hölls föreställningar på särskilda boenden i Malmö där personal, anhöriga och boende deltog, och personal från förvaltningen deltog i en workshop med partner från Italien, Ungern, Portugal och Rumänien.

Förvaltningen har också bidragit med kunskap om äldres sårbarhet vid värmeböljor till miljöförvaltningens Horisont Europa-projekt HEATWISE.`,
    utveckling: `Perfare löper i linje med förvaltningarnas samverkan kring Kultur för äldre. Personalen beskriver att föreställningarna ger stunder av glädje och igenkänning och att de boende blir lugnare. Erfarenheterna används för att utveckla arbetssätt där kultur ingår i vardagen på särskilda boenden, och en handbok tas fram tillsammans med kulturförvaltningen. Arbetet med äldrevänlig stad ska leda till en handlingsplan under 2025.`,
    natverk: `Förvaltningen deltar i WHO:s nätverk för äldrevänliga städer efter ansökan, i Eurocities arbetsgrupp för hälsa och i Nordiskt nätverk för demensvård. Kontakter med Köpenhamn och Helsingfors om välfärdsteknik fortsätter.`,
    projekt: `Hälsa-, vård- och omsorgsförvaltningen redovisar inga egna EU-projekt 2024. Förvaltningen medverkar i Perfare, som redovisas av kulturnämnden.`,
  },
});
