#!/usr/bin/env python3
"""Compute every expected figure of set-6 from the repository's data/ (blind: reads data only)."""
import json, collections, os
D=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','..','data')
P=json.load(open(f'{D}/2024/projects.json'))['projects']
pub24=json.load(open(f'{D}/2024/published.json')); pub23=json.load(open(f'{D}/2023/published.json'))
def sv(n):
    s=f'{round(n):,}'.replace(',',' '); return s
def fam(prog):
    if prog=='ESF+': return 'ESF'
    if prog.startswith('Horisont'): return 'Horisont'
    if prog.startswith('Interreg'): return 'Interreg'
    if prog=='Erasmus+': return 'Erasmus'
    return 'Övriga'
counted=[p for p in P if p['participations']]
print('projects in file',len(P),'counted',len(counted),'participations',sum(len(p['participations']) for p in P))
total=sum(q['paidKr'] for p in P for q in p['participations']); print('total paid',sv(total))
N=collections.defaultdict(lambda:[0,0,[]])
for p in P:
    for q in p['participations']:
        n=N[q['namnd']]; n[0]+=1; n[1]+=q['paidKr']; n[2].append((p['name'],q['role'],q['paidKr'],p['programme']))
print('\n== per nämnd (count, paid, share of total)')
for k,(c,s,_) in sorted(N.items(),key=lambda x:-x[1][1]):
    print(f'  {k:4} {c:3} {sv(s):>12}  {100*s/total:5.1f} %  avg {sv(s/c)}')
print('rank by count:',[ (k,v[0]) for k,v in sorted(N.items(),key=lambda x:-x[1][0])])
for k,v in N.items():
    own=[x for x in v[2] if x[1]=='Projektägare']; part=[x for x in v[2] if x[1]=='Projektpart']
    print(f'  {k}: ägare {len(own)} ({sv(sum(x[2] for x in own))}), part {len(part)} ({sv(sum(x[2] for x in part))})')
    fams=collections.Counter(fam(x[3]) for x in v[2]); fs=collections.defaultdict(int)
    for x in v[2]: fs[fam(x[3])]+=x[2]
    print('     families', dict(fams), {a:sv(b) for a,b in fs.items()})
print('\n== per family (count of projects counted, paid)')
F=collections.defaultdict(lambda:[0,0]); PR=collections.defaultdict(lambda:[0,0])
for p in counted:
    F[fam(p['programme'])][0]+=1; PR[p['programme']][0]+=1
    for q in p['participations']:
        F[fam(p['programme'])][1]+=q['paidKr']; PR[p['programme']][1]+=q['paidKr']
for k,(c,s) in sorted(F.items(),key=lambda x:-x[1][1]): print(f'  {k:9} {c:3} {sv(s):>12} {100*s/total:5.1f} % (of printed 49 834 469: {100*s/49834469:5.1f} %)')
print('  printed', pub24['perFamily'])
print('== per programme')
for k,(c,s) in sorted(PR.items(),key=lambda x:-x[1][1]): print(f'  {k:26} {c:3} {sv(s):>12}')
print('\n== per KF goal (projects counted, paid sum of participations in projects with goal)')
for g in range(1,6):
    ps=[p for p in counted if g in p['kfGoals']]
    print(f'  goal {g}: {len(ps)} projects, paid {sv(sum(q["paidKr"] for p in ps for q in p["participations"]))}')
print('  printed', pub24['perGoal'])
print('\n== years')
t23=pub23['totals']; t24=pub24['totals']
print('  2023',t23,' 2024',t24)
print(f'  projects +{t24["projects"]-t23["projects"]} = {100*(t24["projects"]-t23["projects"])/t23["projects"]:.1f} %')
print(f'  paid 50.5 vs 43: +{50.5-43:.1f} mn = {100*(50.5-43)/43:.1f} %;  data total {sv(total)} vs 43 000 000: +{sv(total-43e6)} = {100*(total-43e6)/43e6:.1f} %')
print('\n== dates')
for y in ('2024','2025','2026','2027','2028'):
    print(f'  end {y}:',[p['name'] for p in P if p['end'] and p['end'].startswith(y)])
for y in ('2021','2022','2023','2024'):
    print(f'  start {y}:',[p['name'] for p in P if p['start'] and p['start'].startswith(y)])
print('\n== projects (sorted by paid)')
rows=sorted([(q['paidKr'],p['name'],q['namnd']) for p in P for q in p['participations']],reverse=True)
for i,r in enumerate(rows[:8]): print('  ',i+1,sv(r[0]),r[1],r[2])
bud=sorted([(p['totalBudgetKr'],p['name']) for p in P if p['totalBudgetKr']],reverse=True)
print('  budgets top:',[(sv(a),b) for a,b in bud[:5]])
print('\n== partner countries')
C=collections.defaultdict(set)
for p in P:
    for o in p['partners']+([p['lead']] if p['lead'] else []):
        if o['organisation']!='Malmö stad': C[o['country']].add(p['name'])
for c,s in sorted(C.items(),key=lambda x:-len(x[1])): print(f'  {c} {len(s)}: {sorted(s)}')
def orgs(name):
    return sorted(p['name'] for p in P if any(name.lower() in o['organisation'].lower() for o in p['partners']+([p['lead']] if p['lead'] else [])))
for o in ['Københavns Kommune','Helsingborgs stad','Lunds kommun','Malmö universitet','Region Skåne','Tallinn','Gemeente Rotterdam','Sysav','Arbetsförmedlingen','Ajuntament de Barcelona','Comune di Milano','Helsingin','Gemeente Antwerpen','Bergen','Aarhus']:
    print('  org',o,orgs(o))
print('\n== collaborators', [(p['name'],p['collaborators']) for p in P if p['collaborators']])
print('== lead Malmö stad count', sum(1 for p in counted if p['lead'] and p['lead']['organisation']=='Malmö stad'))
print('== ägare participations', sum(1 for p in P for q in p['participations'] if q['role']=='Projektägare'))
print('== nämnd reports == published:', {x['namnd']:(x['projects'],x['paidKr'])==(N[x['namnd']][0],N[x['namnd']][1]) for x in pub24['perNamnd']})
print('== combos')
def s(*ks): return sv(sum(N[k][1] for k in ks)), sum(N[k][0] for k in ks)
print('  fsn+gsn',s('fsn','gsn'),' gsn+gvn',s('gsn','gvn'),' mn+sbn',s('mn','sbn'),' tn+mn',s('tn','mn'), ' kn+ks', s('kn','ks'))
print('  asn-mn',sv(N['asn'][1]-N['mn'][1]), ' gsn-gvn', sv(N['gsn'][1]-N['gvn'][1]))
print('  ESF - Horisont', sv(F['ESF'][1]-F['Horisont'][1]))
print('  under 1 mn', [k for k in N if N[k][1]<1e6], ' over 5 mn',[k for k in N if N[k][1]>5e6])
print('  euRate 100% count', sum(1 for p in P if p['euRate']==1))
