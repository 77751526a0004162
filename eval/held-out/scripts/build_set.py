#!/usr/bin/env python3
"""Writes set-6.json. Figures come from figures.py output (run it to re-check)."""
import json, os
Q=[]
def en(n):  # Swedish and English forms of a figure
    return [n, n.replace(' ',',')]
NA_SV=["finns inte","saknas","inga uppgifter","inte tillgänglig","endast","bara","har inte","ingen projektlista","inte uppdelad","anges inte","framgår inte","inte registrerad","ingen uppgift","inga data"]
NA_EN=["not recorded","not available","no data","does not","doesn't","not in the data","only","unknown","not specified","not stated","no information","not given"]
def q(cat,lang,text,contains=(),any_=None,notc=None,fu=None):
    e={"contains":list(contains)}
    if any_: e["containsAny"]=list(any_)
    if notc: e["notContains"]=list(notc)
    Q.append({"id":f"s6q{len(Q)+1:03d}","category":cat,"language":lang,"question":text,"followUpOf":fu,"expect":e})
    return Q[-1]["id"]

# ---- sum
q("sum","sv","hur mycket pengar fick gymnasie och vuxenutbildningsnämnden från EU 2024",["3 813 000"])
q("sum","sv","Vad fick MN i EU-stöd senaste året?",["10 404 000"])
q("sum","sv","tekniska namndens bidrag fran eu?",["1 660 000"])
q("sum","sv","Hur mkt utbetalda EU-medel har Kulturnämden",["424 000"])
q("sum","sv","Totalt utbetalt EU-stöd till Malmö stad 2024?",[],["50 468 000","50,5 miljoner"])
q("sum","sv","Hur mycket pengar kom in via Erasmusprojekten totalt?",["8 309 537"])
q("sum","sv","Hur mycket fick Horisontprojekten sammanlagt?",["9 239 146"])
q("sum","sv","ESF-pengarna 2024, hur mycket blev det?",["29 239 146"])
q("sum","sv","förskole- och grundskolenämnderna, hur mycket EU-pengar fick de tillsammans?",["6 817 000"])
q("sum","sv","Hur mycket pengar från EU fick miljö- och stadsbyggnadsnämnden sammantaget?",["10 848 000"])
q("sum","en","How much EU funding did the Environment Committee receive in 2024?",[],en("10 404 000"))
q("sum","en","what was the total EU money paid to the labour market and social services committee",[],en("25 660 000"))
# fixed after run-1: "last year" = 2023 (relative to latest year 2024), for which only totals exist
q("sum","en","How much did Erasmus+ projects bring in last year?",[],NA_EN+["no project list"])
q("sum","en","total grants from the European Social Fund?",[],en("29 239 146"))
# ---- count
q("count","sv","hur många eu projekt har miljönämden",["25"])
q("count","sv","hur manga projekt hade vi totalt 2024",["60"])
q("count","sv","Hur många projekt bidrar till KF-mål 1?",["19"])
q("count","sv","hur många projekt finns under målet en grön stad som leder klimatomställningen",["34"])
q("count","sv","Hur många projekt avslutades under 2024?",["11"])
q("count","sv","hur många ESF-projekt har ASN",["8"])
q("count","sv","I hur många projekt är staden projektägare?",["23"])
q("count","en","How many projects does the Culture Committee have?",["3"])
q("count","en","how many erasmus projects are there",["13"])
q("count","en","How many Horizon projects is the environment department involved in?",["11"])
# ---- list
q("list","sv","Vilka interregprojekt finns det?",["GreenFin","Speak Up","STRIVE"])
q("list","sv","vilka projekt löper till 2028?",["ARCADIA","Green Schoolyards","Tyst stad"])
q("list","sv","Vilka projekt har kulturnämnden?",["Perfare","Stories of Migration","Young Voices on Stage"])
q("list","sv","Vilka LIFE-projekt är miljöförvaltningen med i?",["Urban Pollinators","Circular Food","Våtmarker","Kemikaliesmart","Tyst stad"],None,["Skyfall"])
q("list","sv","vilka av miljönämndens projekt avslutades 2024?",["BIOCITY","ENERGY COMMUNITIES","Våtmarker","Kemikaliesmart"],None,["CITYSHIFT"])
q("list","sv","Vilka projekt bidrar till KF-mål 4, en mer jämlik stad?",["Social vägledning","Språkstegen","Ny i Malmö","Safe Homes","Perfare","Stories of Migration"])
q("list","en","Which of GVN's projects started in 2024?",["Borgarskola","Equal Chances"],None,["Yrkesvux","Komvux"])
q("list","en","Which projects does the City Executive Board take part in?",["GreenFin","CitiTwin","URBACT"])
q("list","en","which URBACT networks is Malmo part of?",["ProcuRe","Healthy School Meals","URBACT IV"])
# ---- rank
q("rank","sv","vilken nämnd fick näst mest EU-medel",["10 404 000"])
q("rank","sv","Vilken nämnd har näst flest projekt?",["10"],["Arbetsmarknads","arbetsmarknads","ASN"])
q("rank","sv","Vilken nämnd kommer efter gymnasie- och vuxenutbildningsnämnden när det gäller EU-medel?",["1 660 000"])
q("rank","sv","vilket projekt fick mest pengar 2024?",["Uppsök Ung Malmö"])
q("rank","en","Which committee received the third largest amount of EU funds?",[],en("5 900 000"))
q("rank","en","Which programme family comes second in paid funds?",[],en("9 239 146"))
# ---- threshold
q("threshold","sv","Vilka nämnder fick under 1 miljon?",["917 000","444 000","424 000"],None,["1 246 000"])
q("threshold","sv","Vilka projekt fick mer än 3 miljoner?",["Uppsök Ung Malmö","Malmökraften","Språkstegen","Vägen tillbaka","Samverkan för barns rätt"],None,["Social vägledning"])
q("threshold","en","Which committees got more than 5 million?",[],None,["3 813 000","3,813,000"])
Q[-1]["expect"]["contains"]=[]  # names vary; check figures instead
Q[-1]["expect"]["containsAny"]=en("25 660 000")
# ---- compare / years
q("compare","sv","Hur förändrades antalet EU-projekt mellan 2023 och 2024?",["54","60"])
q("compare","sv","hur många procent ökade EU-medlen jämfört med i fjol?",[],["17,4","17,37","17 %"])
q("compare","sv","Hur mycket mer fick ASN än miljönämnden?",["15 256 000"])
q("compare","sv","Stämmer programtabellen med nämndtabellen i redovisningen?",["633 531"])
q("compare","en","By how many percent did the number of projects grow from 2023 to 2024?",[],["11,1","11.1"])
q("compare","en","compare GSN and GVN: how much more did the compulsory school committee get?",[],en("2 087 000"))
q("years","sv","Hur många projekt hade miljönämnden 2023?",[],NA_SV)
q("years","sv","Hur mycket EU-pengar fick Malmö 2019?",[],NA_SV+["2023 och 2024"])
q("years","sv","hur mycket fick vi totalt i fjol",[],["43 miljoner","43 000 000","43,0 miljoner"])
q("years","en","What years do you have data for?",["2023","2024"])
# ---- shares
q("compare","sv","Hur stor andel av EU-medlen gick till ASN?",[],["50,8","51 %"])
q("compare","sv","hur stor andel av projekten har miljönämnden?",[],["41,7","42 %"])
q("compare","en","What share of the money came from ESF?",[],["57,9","57.9","58,7","58.7","58 %"])
# ---- details
q("details","sv","Vem leder ARCADIA?",["ART-ER"])
q("details","sv","när slutar Uppsök Ung Malmö",[],["2026-02-28","28 februari 2026"])
q("details","sv","Vem är kontaktperson för Climate Schools Network?",["Mikael Hedström"])
q("details","sv","När startade Malmökraften?",[],NA_SV+["inte angivet","okänt","inget startdatum"])
q("details","sv","vem leder Cirkulara anlaggningsmassor?",["Region Skåne"])
q("details","sv","Vilken roll har grundskolenämnden i Samverkan för barns rätt till lek, vila och fritid?",[],["Projektpart","projektpart"])
q("details","en","When does HEATWAISE end?",["2027"])
q("details","en","What is the EU co-financing rate of ARCADIA?",["94"])
q("details","en","phone number of the contact person for ARCADIA?",["Jonas Ek"])
# ---- partner
q("partner","sv","Vilka projekt samarbetar vi med Comune di Milano i?",["FOODWAYS","Reading Buddies"])
q("partner","sv","vilka partner finns i Safe Homes Europe",["Bologna","Valencia","Københavns Kommune"])
q("partner","sv","Vilka projekt har partner i Estland?",["Equal Chances","konsortium","GreenFin","Öppna miljödata"])
q("partner","sv","vem i staden har jobbat ihop med Sysav?",["Jonas Ek"])
q("partner","sv","vilka projekt har vi ihop med Köpenhamns kommun?",["CIRC-TEX","CITYSHIFT","Skyfall","Urban Pollinators","Safe Homes"])
q("partner","en","Which projects include partners from Portugal?",["Healthy School Meals","Math Without Borders","Perfare","ProcuRe","UPSTREET"])
q("partner","en","We're looking for partners in Barcelona, which Malmo projects work with organisations there?",["AIRQ-Urban","Green Schoolyards","HEATWISE"])
q("partner","en","Which projects does Malmö have together with Helsingborgs stad?",["ARCADIA","anläggningsmassor","Klimatsmarta yrken","Solenergi"])
# ---- search (submissions)
q("search","sv","vart åkte Borgarskolans elever på utbyte?",["Lyon","Granada","Kiel"])
q("search","sv","Hur många förskollärare och barnskötare gjorde jobbskuggning inom Språk i förskolan?",["34"])
q("search","sv","hur många ton schaktmassor återanvändes i Cirkulära anläggningsmassor?",["42 000"])
q("search","sv","Vart reste Pauliskolan?",["Sarajevo"])
q("search","sv","Vilka vänorter har Malmö?",["Tallinn","Szczecin","Stralsund","Tangshan","Port Adelaide"])
q("search","sv","vilka internationella nätverk deltar kulturförvaltningen i?",["Culture Action Europe"])
q("search","en","How did fastighets- och gatukontoret organise its international work in 2024?",[],["samordningsfunktion","coordination function","coordinating function"])
q("search","en","How many young people from Malmö went to the youth conference in Reykjavik?",[],["åtta","8 ","eight"])
# ---- multi
q("multi","sv","Hur mycket fick TN och hur många projekt har KN?",["1 660 000","3"])
q("multi","sv","Vem leder UPSTREET och när slutar det?",["Politecnico di Milano","2026"])
q("multi","sv","Budget och kontaktperson för LIFE Skyfall Malmö?",["31 200 000","Daniel Forsberg"])
q("multi","en","How many projects and how much money for the preschool committee?",[],en("917 000"))
# ---- followups
a=q("sum","sv","Hur mycket EU-medel fick grundskolenämnden?",["5 900 000"])
b=q("followup","sv","och hur många projekt?",["9"],None,None,a)
q("followup","sv","vilka av dem är ESF?",["Närvaroteam","Samverkan för barns rätt"],None,["Reading Buddies"],b)
a=q("details","en","Who leads CITYSHIFT?",["Tecnalia"])
q("followup","en","and what is its total budget?",[],en("220 000 000"),None,a)
a=q("sum","sv","Hur mycket fick ASN 2024?",["25 660 000"])
q("followup","sv","och 2023?",[],NA_SV,None,a)
# ---- unknown / not recorded
q("unknown","sv","Hur mycket EU-pengar fick Valnämnden?",[],["finns inte","hittar inte","ingen nämnd","känner inte","menade du","inga","saknas"])
q("unknown","en","Tell me about the project GreenWave Harbour",[],["not find","can't find","cannot find","no project","couldn't find","could not find","does not exist","not in the data","hittar inget","no such"])
q("unknown","sv","vad är Speek Upp för projekt?",["Speak Up"])
q("unknown","sv","Hur mycket fick funktionsstödsnämnden?",[],["Breddad rekrytering","spegla Malmö","Spegla Malmö","0 kr","inga","ingen"])
q("details","sv","när slutar Perfare",["2025"])
# ---- help / out of scope
q("out-of-scope","sv","vad är kommunalskatten i malmö nu?",[],["kan inte","kan jag inte","utanför","kan bara","svarar bara","EU-projekt","internationella arbete","finns inte"])
q("help","sv","vad kan du hjälpa mig med?",[],["EU-medel","projekt","nämnd"])
q("out-of-scope","sv","Kan du skriva en dikt om Malmö?",[],["kan inte","kan jag inte","utanför","kan bara","svarar bara","EU-projekt","internationella arbete"])
q("out-of-scope","en","who won eurovision in malmo 2024?",[],["can't","cannot","only","outside","not able","EU projects","kan inte"],["Nemo"])
print(len(Q), sum(1 for x in Q if x['language']=='sv'), sum(1 for x in Q if x['language']=='en'))
import collections; print(collections.Counter(x['category'] for x in Q))
json.dump({"version":1,"questions":Q},open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','set-6.json'),'w'),ensure_ascii=False,indent=1)
