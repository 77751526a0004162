import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/datasets.js';
import type { Project } from '../domain/project.js';
import { converse } from '../test-support/converse.js';

const run = (questions: string[]) => converse(questions);

const ask = async (question: string) => (await run([question])).answers[0]!;

const projects2024 = (): Project[] => sampleDataset().years.find((year) => year.year === 2024)?.projects ?? [];

describe('rankings over groups: the grouping noun decides the group-by', () => {
  it.each([
    'Topp 3 nämnder efter utbetalda medel 2024',
    'Vilka tre förvaltningar fick mest pengar?',
    'Top 3 committees by EU funding in 2024',
    'De 3 nämnder som fått mest EU-medel',
  ])('"%s" ranks nämnder', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'namnd', limit: 3, order: 'desc' } });
  });

  it.each([
    ['Which country do we have the most project partners in (apart from Sweden)?', 'en'],
    ['I vilket land har vi flest partner, utom Sverige?', 'sv'],
    ['Vilket land har flest partnerorganisationer förutom Sverige?', 'sv'],
  ])('"%s" ranks countries by partners without Sweden', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'country', sortBy: 'partners', exclude: ['SE'] } });
    expect(answer.answer).not.toMatch(/Sverige|Sweden/);
    // The country with most distinct partner organisations outside Sweden, computed from the data.
    const organisations = new Map<string, Set<string>>();
    for (const project of projects2024().filter((candidate) => candidate.participations.length > 0)) {
      for (const partner of [...(project.lead ? [project.lead] : []), ...project.partners]) {
        if (!partner.country || partner.country === 'SE') continue;
        (organisations.get(partner.country) ?? organisations.set(partner.country, new Set()).get(partner.country))?.add(partner.organisation);
      }
    }
    const most = Math.max(...[...organisations.values()].map((set) => set.size));
    expect(answer.answer).toContain(String(most));
  });

  it('ranks partner organisations by projects, leaving out the city itself', async () => {
    const answer = await ask('Vilka partnerorganisationer finns i flest projekt?');
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'partner', sortBy: 'projects' } });
    expect(answer.answer.split('\n').filter((line) => /^\d+\./.test(line)).join('\n')).not.toMatch(/Malmö stad/);
  });
});

describe('ranges and thresholds', () => {
  it.each([
    ['vilka GSN-projekt fick mellan 300 000 och 500 000 kr', 300_000, 500_000],
    ['Which projects received between 500,000 and 1,000,000 SEK?', 500_000, 1_000_000],
    ['Vilka projekt fick mellan 1 och 2 miljoner?', 1_000_000, 2_000_000],
  ])('"%s" keeps both bounds', async (question, low, high) => {
    const answer = await ask(question);
    const call = answer.toolCalls[0];
    expect(call?.args.threshold).toEqual([{ field: 'paidKr', op: 'gte', value: low }, { field: 'paidKr', op: 'lte', value: high }]);
    // The nämnd's own participation decides, as in the report's table.
    const expected = projects2024().filter((project) => {
      const own = project.participations.filter((participation) => !call?.args.namnd || participation.namnd === call.args.namnd);
      const value = own.reduce((sum, participation) => sum + participation.paidKr, 0);
      return own.length > 0 && value >= low && value <= high;
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(answer.tables[0]?.rows.length ?? 0).toBe(expected.length);
  });

  it.each([
    ['Vilka projekt fick minst 2 miljoner?', 'gte', 2_000_000],
    ['Vilka projekt fick högst 100 000 kr?', 'lte', 100_000],
    ['Which projects got less than 80 000 kr?', 'lt', 80_000],
    ['Projects with at least 3 million kronor', 'gte', 3_000_000],
    ['Vilka projekt fick över 4 miljoner 2024?', 'gt', 4_000_000],
  ])('"%s" reads one bound', async (question, op, value) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.args.threshold).toEqual({ field: 'paidKr', op, value });
  });

  it('does not read a year after "under" as an amount', async () => {
    const answer = await ask('Vilka projekt fick mer än 3 miljoner under 2024?');
    expect(answer.toolCalls[0]?.args).toMatchObject({ year: 2024, threshold: { op: 'gt', value: 3_000_000 } });
  });
});

describe('one nämnd against the rest', () => {
  it.each([
    'Får ASN mer än alla andra nämnder tillsammans?',
    'Does ASN get more money than all the other committees together?',
    'Fick arbetsmarknads- och socialnämnden mer än övriga nämnder tillsammans 2024?',
  ])('"%s" gives both figures and the difference', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'namnd' } });
    expect(answer.toolCalls[0]?.args.namnd).toBeUndefined();
    const asn = projects2024().flatMap((project) => project.participations).filter((participation) => participation.namnd === 'asn').reduce((sum, participation) => sum + participation.paidKr, 0);
    const rest = projects2024().flatMap((project) => project.participations).filter((participation) => participation.namnd !== 'asn').reduce((sum, participation) => sum + participation.paidKr, 0);
    const digits = answer.answer.replace(/[\s,\u00a0]/g, '');
    expect(digits).toContain(String(asn));
    expect(digits).toContain(String(rest));
    expect(digits).toContain(String(Math.abs(asn - rest)));
  });
});

describe("a named project's partners", () => {
  it.each(['Vilka partner finns i GreenFin?', 'Vilka partner har Speak Up?', 'Who are the partners in CITYSHIFT?', 'Vilka samarbetspartner har projektet Perfare?'])('"%s" lists that project\'s partners', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.tool).toBe('project_details');
    const name = String(answer.toolCalls[0]?.args.name);
    const project = projects2024().find((candidate) => candidate.name === name);
    expect(project).toBeDefined();
    for (const partner of project?.partners.filter((candidate) => !/^Malmö stad$/.test(candidate.organisation)) ?? []) expect(answer.answer).toContain(partner.organisation);
  });

  it('does not read an acronym as a KF goal word ("GreenFin" is not "green")', async () => {
    const answer = await ask('Berätta om GreenFin');
    expect(answer.toolCalls[0]?.args.goal).toBeUndefined();
    expect(answer.toolCalls[0]?.tool).toBe('project_details');
  });
});

describe('contact details and who to contact', () => {
  it.each([
    ["What's the e-mail address of the contact person at miljöförvaltningen?", 'mn'],
    ['vem är kontaktperson för kulturförvaltningen', 'kn'],
    ['Vem är kontaktperson på grundskoleförvaltningen?', 'gsn'],
    ['Vilken mejladress har kontaktpersonen på stadskontoret?', 'ks'],
  ])('"%s" gives the contact person from the submission', async (question, namnd) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toEqual({ tool: 'contact_persons', args: { namnd } });
    const submission = sampleDataset().years.flatMap((year) => year.submissions).find((candidate) => candidate.namnd === namnd);
    expect(answer.answer).toContain(submission?.contact.name);
  });

  it.each([
    ['Vem ska jag kontakta om klimat?', 'klimat'],
    ['Who can I talk to about dementia?', 'demens'],
    ['jag jobbar med skolgårdar, vem i staden har erfarenhet av EU-projekt om det?', 'skolgårdar'],
    ['Vem kan jag prata med om cirkulär ekonomi?', 'ekonomi'],
    ['Who can I talk to about school exchanges?', 'utbyte'],
  ])('"%s" asks find_partners about the topic', async (question, word) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.tool).toBe('find_partners');
    expect(String(answer.toolCalls[0]?.args.topic)).toContain(word);
  });
});

describe('partner organisations written in another language or inflected', () => {
  it.each([
    ['Vilka projekt samarbetar vi med Köpenhamns kommun i?', 'Københavns Kommune'],
    ['Which projects do we have with Copenhagen Municipality?', 'Københavns Kommune'],
    ['Vilka projekt har Region Skånes som partner?', 'Region Skåne'],
    ['I vilka projekt deltar Lunds universitets forskare?', 'Lunds universitet'],
  ])('"%s" finds %s', async (question, organisation) => {
    const answer = await ask(question);
    const args = answer.toolCalls[0]?.args ?? {};
    expect(String(args.query ?? args.partner)).toBe(organisation);
    expect(answer.answer).toContain(organisation);
  });
});

describe("the lead partner's country", () => {
  it.each([
    ['Vilka projekt leds av en organisation i Spanien?', 'ES'],
    ['Which projects are led by an organisation in Italy?', 'IT'],
    ['Vilka projekt har projektägare i Danmark?', 'DK'],
    ['Vilka projekt leds av tyska organisationer?', 'DE'],
    ['Projects where the lead partner is French?', 'FR'],
    ['Vilka projekt har en koordinator i Frankrike?', 'FR'],
    ['I vilka projekt är projektägaren belgisk?', 'BE'],
  ])('"%s" filters on the lead\'s country', async (question, code) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { leadCountry: code } });
    expect(answer.toolCalls[0]?.args.country).toBeUndefined();
    const expected = projects2024().filter((project) => project.lead?.country === code && project.participations.length > 0);
    for (const project of expected) expect(answer.answer).toContain(project.name);
  });

  it('keeps "partner i" as any partner', async () => {
    const answer = await ask('Vilka projekt har partner i Spanien?');
    expect(answer.toolCalls[0]?.args.leadCountry).toBeUndefined();
    expect(JSON.stringify(answer.toolCalls[0]?.args)).toContain('ES');
  });
});

describe('content questions go to the submissions, English ones with Swedish words', () => {
  it.each([
    ['What did the city do about citizen participation in the climate transition?', ['medborgare', 'klimat']],
    ['How many migration stories were recorded in Stories of Migration?', ['berättelser']],
    ['What did Fastighets- och gatukontoret try out at Malmöfestivalen?', []],
    ['Hur många förslag kom fram i Klimatrådslaget?', []],
    ['How many participants were there in Spegla Malmö?', ['deltagare']],
    ['How many proposals did the climate assembly produce?', ['förslag']],
  ])('"%s" searches the submissions', async (question, swedish) => {
    const { answers, deps } = await run([question]);
    expect(answers[0]?.toolCalls[0]?.tool).toBe('search_submissions');
    for (const word of swedish) expect(deps.queries[0]?.query).toContain(word);
  });

  it.each(['Är LuMa Youth for Change EU-finansierat?', 'Is LuMa Youth for Change funded by the EU?'])('"%s" (not a project) is answered from the submissions', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.tool).toBe('search_submissions');
  });
});

describe("a förvaltning's networks", () => {
  it.each([
    ['Vilka nätverk deltar miljöförvaltningen i?', 'mn'],
    ['Which networks is the environment department part of?', 'mn'],
    ['Vilka internationella nätverk är kulturförvaltningen med i?', 'kn'],
  ])('"%s" reads the section "Internationella nätverk"', async (question, namnd) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toEqual({ tool: 'submission_section', args: { section: 'natverk', namnd } });
    const submission = sampleDataset().years.flatMap((year) => year.submissions).find((candidate) => candidate.namnd === namnd);
    const section = submission?.sections.find((candidate) => candidate.field === 'natverk');
    expect(answer.answer).toContain(section?.text.trim().split(/[.!?]/)[0]);
    expect(answer.sources[0]?.ref).toContain(submission?.file);
  });
});

describe('out of scope stays out of scope', () => {
  it.each(['Vilket parti borde jag rösta på?', "What's the weather tomorrow?", 'Ge mig ett recept på kanelbullar', 'Vad tycker du om fotboll?', 'Which party should I vote for?'])('"%s"', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls).toEqual([]);
    expect(answer.answer.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(3);
  });
});

describe('unknown project names', () => {
  it.each(['Vad är projektet GreenCity Malmö för något?', 'Tell me about the project BlueHarbour', 'Berätta om projektet Gröna Taken Malmö'])('"%s" says there is no such project', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.tool).toBe('project_details');
    expect(answer.answer).toMatch(/hittar inget projekt som heter|can't find a project called/);
  });
});

describe('follow-ups with relative years', () => {
  it.each([
    ['Hur mycket fick FSN 2024?', 'och året innan?'],
    ['Hur mycket fick FSN 2024?', 'och förra året?'],
    ['What did the culture committee get in 2024?', 'and the year before?'],
  ])('"%s" → "%s" asks about the year before the one in the conversation', async (first, second) => {
    const { answers } = await run([first, second]);
    expect(answers[1]?.toolCalls[0]?.args.year).toBe(2023);
    expect(answers[1]?.toolCalls[0]?.args.namnd).toBe(answers[0]?.toolCalls[0]?.args.namnd);
  });
});

describe('more phrasings of the same mechanisms', () => {
  it.each([
    ['Do we work with the University of Lund?', 'Lunds universitet'],
    ['Vilka projekt har Helsingfors stad som partner?', 'Helsingin kaupunki'],
  ])('"%s" finds %s (and not a look-alike)', async (question, organisation) => {
    const answer = await ask(question);
    expect(String(answer.toolCalls[0]?.args.query ?? answer.toolCalls[0]?.args.partner)).toBe(organisation);
    expect(answer.answer).not.toMatch(/Helsingborgs stad|Lunds kommun/);
  });

  it.each(['Finns det något projekt som heter Ocean Cities?', 'Is there a project called Blue Harbour?'])('"%s" says there is no such project', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.tool).toBe('project_details');
    expect(answer.answer).toMatch(/hittar inget projekt|can't find a project/);
  });

  it.each(['Vem är kontaktperson för Speak Up?', 'Who is the contact person for CITYSHIFT?'])('"%s" leads with the project\'s contact person', async (question) => {
    const answer = await ask(question);
    const name = String(answer.toolCalls[0]?.args.name);
    const project = projects2024().find((candidate) => candidate.name === name);
    expect(answer.answer.split('\n')[0]).toMatch(/Kontaktperson|Contact person|ingen kontaktperson|no contact person/);
    if (project?.contact) expect(answer.answer.split('\n')[0]).toContain(project.contact);
  });

  it.each([
    ['Vem jobbar med nyanlända i staden?', 'nyanlända'],
    ['Jag vill veta vem som kan mest om kompetensförsörjning', 'kompetensförsörjning'],
  ])('"%s" finds people who work on the topic', async (question, topic) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_partners', args: { topic } });
  });

  it('"vem jobbar med <organisation>" stays a partner question', async () => {
    const answer = await ask('Vem jobbar med Region Skåne?');
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'organisation_lookup', args: { query: 'Region Skåne' } });
  });

  it('compares projects, not money, when asked for more projects than the rest', async () => {
    const answer = await ask('Har miljönämnden fler projekt än alla andra nämnder tillsammans?');
    expect(answer.toolCalls[0]?.args).toMatchObject({ groupBy: 'namnd', sortBy: 'projects' });
    expect(answer.answer).toMatch(/projekt/);
  });

  it('does not filter the submissions on a number that is part of a name', async () => {
    const { deps } = await run(['Är Klimatkontrakt 2030 EU-finansierat?']);
    expect(deps.queries).toHaveLength(1);
  });

  it.each(['Hur blir vädret i helgen?', 'Vem vinner fotbolls-VM?'])('"%s" is out of scope even when a word occurs in the data', async (question) => {
    expect((await ask(question)).toolCalls).toEqual([]);
  });
});

describe('unknown names next to known words', () => {
  it.each([
    ['Vad handlar projektet Baltic Bridges om?', 'Baltic Bridges'],
    ['Berätta om SmartCity-projektet', 'SmartCity'],
  ])('"%s" asks for "%s" and says it is not in the data', async (question, name) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toEqual({ tool: 'project_details', args: { name } });
    expect(answer.answer).toMatch(/hittar inget projekt/);
  });

  it.each(['Berätta om projektet Music Bridges', 'Berätta om Interreg-projektet STRIVE'])('"%s" still finds the project', async (question) => {
    const answer = await ask(question);
    expect(answer.answer).not.toMatch(/hittar inget projekt/);
  });

  it('"vem kan hjälpa mig med ett EU-projekt om X" asks find_partners about X only', async () => {
    const answer = await ask('Vem kan hjälpa mig med ett EU-projekt om digitalisering?');
    expect(answer.toolCalls[0]).toEqual({ tool: 'find_partners', args: { topic: 'digitalisering' } });
  });
});

describe('counting partners and countries', () => {
  const partners = (country?: string) => new Set(projects2024().filter((project) => project.participations.length > 0)
    .flatMap((project) => [...(project.lead ? [project.lead] : []), ...project.partners])
    .filter((partner) => !/^Malmö stad$/.test(partner.organisation) && (!country || partner.country === country)));

  it.each([
    ['Hur många partner har vi i Italien?', 'IT'],
    ['How many partner organisations do we have?', undefined],
  ])('"%s" counts distinct partner organisations', async (question, country) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.args).toMatchObject({ groupBy: 'partner' });
    const expected = new Set([...partners(country)].map((partner) => `${partner.organisation}|${partner.country ?? ''}`.toLowerCase().replace(/\|.*/, ''))).size;
    expect(answer.answer.split('\n')[0]).toContain(` ${expected} `);
  });

  it.each(['Hur många länder samarbetar vi med?', 'How many countries are our partners from?'])('"%s" counts countries', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.args).toMatchObject({ groupBy: 'country' });
    const expected = new Set([...partners()].map((partner) => partner.country).filter(Boolean)).size;
    expect(answer.answer.split('\n')[0]).toContain(` ${expected} `);
  });

  it('still counts projects when asked for projects with partners in a country', async () => {
    const answer = await ask('Hur många projekt har partner i Italien?');
    expect(answer.toolCalls[0]?.args).toMatchObject({ groupBy: 'none', country: 'IT' });
  });
});

describe('a known name asked about something the data does not hold', () => {
  it.each(['Vad är huvudstaden i Frankrike?', 'What is the capital of Denmark?', 'Vem är ordförande i kommunstyrelsen?', 'Hur många invånare har Malmö?'])('"%s" is out of scope', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls).toEqual([]);
  });

  it.each(['Vilka projekt har partner i Frankrike?', 'Vad är Eurocities?', 'Hur mycket fick kommunstyrelsen?'])('"%s" is still answered', async (question) => {
    expect((await ask(question)).toolCalls.length).toBeGreaterThan(0);
  });

  it('searches with the Swedish city name and quotes the matching sentence', async () => {
    const { deps } = await run(['How did the library cooperate with Copenhagen?']);
    expect(deps.queries[0]?.query).toMatch(/Köpenhamn/);
    expect(deps.queries[0]?.query).toMatch(/bibliotek/);
  });
});

describe('led by a named organisation or nämnd, short acronyms', () => {
  it.each([
    ['Vilka projekt leds av Region Skåne?', 'Region Skåne'],
    ['Which projects are coordinated by Lunds kommun?', 'Lunds kommun'],
  ])('"%s" filters on the lead organisation', async (question, organisation) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.args).toMatchObject({ leadOrganisation: organisation });
    for (const project of projects2024().filter((candidate) => candidate.lead?.organisation === organisation && candidate.participations.length > 0)) expect(answer.answer).toContain(project.name);
  });

  it.each(['Which projects are led by ASN?', 'vilka projekt som leds av miljöförvaltningen finns?'])('"%s" means the nämnd as project owner', async (question) => {
    expect((await ask(question)).toolCalls[0]?.args).toMatchObject({ role: 'Projektägare' });
  });

  it('links a short mixed-case acronym written exactly ("SoM"), but not the word "som"', async () => {
    const answer = await ask('Vilka partner finns i SoM?');
    expect(answer.toolCalls[0]?.tool).toBe('project_details');
    const plain = await ask('Vilka projekt som handlar om migration finns?');
    expect(plain.toolCalls[0]?.tool).not.toBe('project_details');
  });
});

describe('follow-ups on the new question kinds', () => {
  it('"och efter antal projekt?" re-ranks the same groups by projects', async () => {
    const { answers } = await run(['Topp 3 nämnder efter utbetalda medel 2024', 'och efter antal projekt?']);
    expect(answers[1]?.toolCalls[0]?.args).toMatchObject({ groupBy: 'namnd', sortBy: 'projects', limit: 3 });
  });

  it('"och i Italien?" after a lead-country question changes the lead country', async () => {
    const { answers } = await run(['Vilka projekt leds av en organisation i Spanien?', 'och i Italien?']);
    expect(answers[1]?.toolCalls[0]?.args).toMatchObject({ leadCountry: 'IT' });
    expect(answers[1]?.toolCalls[0]?.args.country).toBeUndefined();
  });

  it('"och i CITYSHIFT?" after a partner question lists that project\'s partners', async () => {
    const { answers } = await run(['Vilka partner finns i GreenFin?', 'och i CITYSHIFT?']);
    expect(answers[1]?.answer.split('\n')[0]).toMatch(/^Partner i CITYSHIFT/);
  });

  it.each([
    ['Vilka nätverk deltar miljöförvaltningen i?', 'och kulturförvaltningen?', 'submission_section', 'kn'],
    ['Vem är kontaktperson på GSN?', 'och på fritidsförvaltningen?', 'contact_persons', 'frn'],
  ])('"%s" → "%s" keeps the question for another förvaltning', async (first, second, tool, namnd) => {
    const { answers } = await run([first, second]);
    expect(answers[1]?.toolCalls[0]).toMatchObject({ tool, args: { namnd } });
  });

  it('"och miljönämnden?" after one-against-the-rest compares miljönämnden', async () => {
    const { answers } = await run(['Får ASN mer än alla andra nämnder tillsammans?', 'och miljönämnden?']);
    expect(answers[1]?.answer).toMatch(/^(Ja|Nej): Miljönämnden/);
  });
});

describe('organisations the data does not have, initials, half a million, the city itself', () => {
  it.each(['Vilka projekt har Roms kommun som partner?', 'Samarbetar vi med Stockholms stad?'])('"%s" says no such partner is in the data', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.tool).toBe('organisation_lookup');
    expect(answer.answer).toMatch(/hittar ingen partner/);
  });

  it('reads an organisation\'s initials in capitals ("DTU")', async () => {
    const answer = await ask('Vilka projekt har DTU som partner?');
    const organisation = String(answer.toolCalls[0]?.args.query);
    expect(organisation.split(' ').map((word) => word[0]).join('')).toBe('DTU');
  });

  it('reads "en halv miljon"', async () => {
    expect((await ask('Vilka projekt fick under en halv miljon?')).toolCalls[0]?.args.threshold).toEqual({ field: 'paidKr', op: 'lt', value: 500_000 });
  });

  it.each(['Hur mycket fick Malmö stad?', 'How much did we get?'])('"%s" gives the city\'s total', async (question) => {
    expect((await ask(question)).toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'none' } });
  });
});

describe('counting projects is not a content search', () => {
  it.each(['Hur många Erasmus+-projekt hade staden 2024?', 'Hur många fler nämnder deltog 2024 än 2023?', 'How many committees took part?'])('"%s" is answered from the project data', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.tool).not.toBe('search_submissions');
  });
});

describe('who has experience of a topic, with filters', () => {
  it.each([
    ['Vem i staden har erfarenhet av Horisont Europa-projekt om energi?', { topic: 'energi', programme: 'Horisont Europa' }],
    ['Har någon förvaltning jobbat med demens?', { topic: 'demens' }],
    ['Finns det någon som har jobbat med klimatanpassning i ett EU-projekt?', { topic: 'klimatanpassning' }],
    ['Jag ska söka ett Interreg-projekt om vatten, vem kan jag prata med?', { topic: 'vatten', programme: 'Interreg' }],
    ['Vilken förvaltning kan mest om ungdomar?', { topic: 'ungdomar' }],
  ])('"%s"', async (question, args) => {
    expect((await ask(question)).toolCalls[0]).toEqual({ tool: 'find_partners', args });
  });

  it('keeps the topic word that also occurs in a project name, and the country as a filter', async () => {
    const call = (await ask('Who has worked with Danish partners on climate?')).toolCalls[0];
    expect(call).toMatchObject({ tool: 'find_partners', args: { country: 'DK' } });
    expect(String(call?.args.topic)).toContain('klimat');
  });

  it('does not read a lower-case topic word as an organisation by a typo ("energi" is not "Energy Cities")', async () => {
    const answer = await ask('Vilka projekt handlar om energi?');
    expect(answer.toolCalls[0]?.args.partner).toBeUndefined();
  });
});

describe('rankings with shares, smallest first', () => {
  it.each(['Which administration has the largest share of the funding?', 'Vilken nämnd har störst andel av EU-medlen?'])('"%s" ranks nämnder and shows the share', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.args).toMatchObject({ groupBy: 'namnd', order: 'desc' });
    expect(answer.answer.split('\n')[0]).toMatch(/\d+[,.]\d %/);
  });

  it.each([['De tre minsta projekten?', 3], ['Vilka 5 projekt fick minst pengar?', 5]])('"%s" ranks projects smallest first', async (question, limit) => {
    expect((await ask(question)).toolCalls[0]?.args).toMatchObject({ groupBy: 'project', order: 'asc', limit });
  });
});

describe('chit-chat that happens to use a word from the data stays out of scope', () => {
  it.each(['Vad händer i helgen?', 'Berätta något roligt', 'Kan du hjälpa mig med min deklaration?', 'När går nästa tåg till Lund?'])('"%s"', async (question) => {
    expect((await ask(question)).toolCalls).toEqual([]);
  });

  it('"Malmös" alone does not name a project', async () => {
    expect((await ask('Vad är Malmös budget?')).toolCalls[0]?.tool).not.toBe('project_details');
  });
});

describe('unknown names in a details question', () => {
  it.each([
    ['Berätta om GreenCity', 'GreenCity'],
    ['What is the Baltic Bridges project?', 'Baltic Bridges'],
    ['Tell me about the SmartCity project', 'SmartCity'],
    ['Hur mycket pengar fick projektet Ocean Cities?', 'Ocean Cities'],
  ])('"%s" looks up "%s" and says it is not there', async (question, name) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toEqual({ tool: 'project_details', args: { name } });
    expect(answer.answer).toMatch(/hittar inget projekt|can't find a project/);
  });

  it.each([['Vad är Eurocities?', 'search_submissions'], ['Vad är Region Skåne?', 'organisation_lookup'], ['Berätta om Tyskland', 'aggregate']])('"%s" (a name the data uses) is not called unknown', async (question, tool) => {
    expect((await ask(question)).toolCalls[0]?.tool).toBe(tool);
  });
});

describe('two nämnder side by side', () => {
  it.each(['Hur mycket mer fick ASN än miljönämnden?', 'How much more did ASN get than the environment committee?', 'Hur stor skillnad är det mellan ASN och GSN?'])('"%s" states the difference', async (question) => {
    const answer = await ask(question);
    const namnder = answer.toolCalls[0]?.args.namnd as string[];
    expect(namnder).toHaveLength(2);
    const paidOf = (id: string) => projects2024().flatMap((project) => project.participations).filter((participation) => participation.namnd === id).reduce((sum, participation) => sum + participation.paidKr, 0);
    const difference = Math.abs(paidOf(namnder[0] ?? '') - paidOf(namnder[1] ?? ''));
    expect(answer.answer.replace(/[\s,\u00a0]/g, '')).toContain(String(difference));
  });
});

describe('"miljön" (the environment) is a topic, not the number word "miljon"', () => {
  it('lists the projects whose texts talk about the environment, naming the topic as written', async () => {
    const answer = await ask('Vilka projekt handlar om miljön?');
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { text: 'miljo' } });
    expect(answer.answer).toContain('om "miljön"');
    const mentioning = projects2024().filter((project) => project.participations.length > 0 && /(^|[^\p{L}])milj[öo]/iu.test([project.name, project.description, ...project.themes].join(' ')));
    expect(answer.answer).toMatch(new RegExp(`^${mentioning.length} projekt`));
  });

  it('still reads "en miljon" as an amount', async () => {
    const answer = await ask('Vilka projekt fick över en miljon?');
    expect(answer.toolCalls[0]?.args.threshold).toEqual({ field: 'paidKr', op: 'gt', value: 1_000_000 });
  });
});

describe('when projects started: a start date over the latest project list, not a report year', () => {
  const counted = (): Project[] => projects2024().filter((project) => project.participations.length > 0);

  it.each([
    ['Vilka projekt startade före 2023?', { startsBefore: '2022-12-31' }, (start: string) => start < '2023-01-01'],
    ['Which projects started before 2023?', { startsBefore: '2022-12-31' }, (start: string) => start < '2023-01-01'],
    ['Vilka projekt började efter 2022?', { startsAfter: '2022-12-31' }, (start: string) => start > '2022-12-31'],
    ['Vilka projekt startade 2022?', { startsAfter: '2021-12-31', startsBefore: '2022-12-31' }, (start: string) => start.startsWith('2022')],
  ])('"%s" filters on the start date', async (question, args, started) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_projects', args });
    expect(answer.toolCalls[0]?.args).not.toHaveProperty('status');
    const expected = counted().filter((project) => project.start !== null && started(project.start));
    expect(expected.length).toBeGreaterThan(0);
    expect(answer.answer).toMatch(new RegExp(`^${expected.length} (projekt|projects)`));
    // Every such project is in the answer's table (the text may shorten a long list).
    const listed = answer.tables.flatMap((table) => table.rows.map((row) => Object.values(row).join(' '))).join('\n');
    for (const project of expected) expect(listed).toContain(project.name);
  });

  it('keeps "startade 2024" as the newly started projects of that year\'s list', async () => {
    const answer = await ask('Vilka projekt startade 2024?');
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { year: 2024, status: 'started' } });
  });

  it('says so when no project of a kind started then', async () => {
    const answer = await ask('Vilka Interreg-projekt började innan 2023?');
    const expected = counted().filter((project) => /interreg/i.test(project.programme) && project.start !== null && project.start < '2023-01-01');
    if (expected.length === 0) expect(answer.answer).toMatch(/inga Interreg-projekt som startade före 2023/);
    else expect(answer.answer).toContain(expected[0]!.name);
  });
});

describe("a project's own partners and partner countries", () => {
  const counted = (): Project[] => projects2024().filter((project) => project.participations.length > 0);
  const external = (project: Project) => [...(project.lead ? [project.lead] : []), ...project.partners].filter((partner) => !/^malm[oö] (stad|kommun)$/i.test(partner.organisation.trim()));
  const countriesOf = (project: Project): number => new Set(external(project).map((partner) => partner.country).filter(Boolean)).size;

  it('ranks projects by their partner countries and by their partner organisations', async () => {
    const byCountries = await ask('Vilket projekt har partner i flest länder?');
    expect(byCountries.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'project', sortBy: 'countries', order: 'desc' } });
    const most = Math.max(...counted().map(countriesOf));
    const leader = counted().find((project) => countriesOf(project) === most)!;
    expect(byCountries.answer).toContain(`${most} länder`);
    expect(byCountries.answer).toContain(leader.name);
    const byPartners = await ask('Vilka projekt har flest partner?');
    expect(byPartners.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'project', sortBy: 'partners' } });
  });

  it.each([
    ['Vilka projekt har partner i fler än tre länder?', 'countries', 3, (project: Project) => countriesOf(project)],
    ['Which projects have more than 4 partners?', 'partners', 4, (project: Project) => new Set(external(project).map((partner) => partner.organisation.toLowerCase())).size],
  ])('"%s" keeps the projects over the count', async (question, field, value, measure) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'project', threshold: { field, op: 'gt', value } } });
    const expected = counted().filter((project) => measure(project) > value);
    expect(expected.length).toBeGreaterThan(0);
    expect(answer.answer).toMatch(new RegExp(`^${expected.length} (projekt|projects)`));
  });

  it.each(['Hur många partner har CITYSHIFT?', 'I hur många länder har CITYSHIFT partner?'])('"%s" answers with that project\'s partners, counted', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'project_details' });
    const cityshift = counted().find((project) => project.id === 'cityshift')!;
    expect(answer.answer).toContain(`(${external(cityshift).length} externa organisationer i ${countriesOf(cityshift)} länder)`);
  });

  it('counts and names the nämnder of one project, not of every project', async () => {
    const answer = await ask('Hur många nämnder deltar i CITYSHIFT?');
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { projectIds: ['cityshift'] } });
    const cityshift = counted().find((project) => project.id === 'cityshift')!;
    const namnder = new Set(cityshift.participations.map((participation) => participation.namnd));
    expect(answer.answer).toMatch(new RegExp(`^${namnder.size} nämnd(er)? deltog i projektet CITYSHIFT`));
  });
});

describe('which förvaltningar work on a topic', () => {
  it.each([
    ['Vilka nämnder jobbar med klimat?', 'klimat'],
    ['Vilka förvaltningar arbetar med cirkulär ekonomi?', 'cirkulär ekonomi'],
    ['Which departments work on migration?', 'migration'],
  ])('"%s" finds who in the city works on it', async (question, topic) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_partners', args: { topic } });
  });

  it('still breaks a programme down per nämnd', async () => {
    const answer = await ask('Which departments have worked with Interreg?');
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { family: 'Interreg', groupBy: 'namnd' } });
  });
});

describe('projects led from abroad, and partners outside Sweden', () => {
  const counted = (): Project[] => projects2024().filter((project) => project.participations.length > 0);
  const ledFromAbroad = (): Project[] => counted().filter((project) => project.lead?.country && project.lead.country !== 'SE');

  it.each([
    ['Vilka projekt leds av utländska organisationer?', 'find_projects'],
    ['Which projects are led by a foreign partner?', 'find_projects'],
    ['Vilka projekt har en koordinator utanför Sverige?', 'find_projects'],
    ['Hur många projekt har en utländsk projektägare?', 'aggregate'],
  ])('"%s" keeps the projects whose lead is outside Sweden', async (question, tool) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool, args: { leadAbroad: true } });
    // "projektägare" names the foreign lead here, not the city's own role.
    expect(answer.toolCalls[0]?.args).not.toHaveProperty('role');
    expect(ledFromAbroad().length).toBeGreaterThan(0);
    expect(answer.answer).toMatch(new RegExp(`${ledFromAbroad().length} (projekt|projects)`));
  });

  it.each(['Vilka utländska organisationer samarbetar vi med?', 'Vilka organisationer samarbetar vi med utom Sverige?'])('"%s" leaves out the Swedish partners', async (question) => {
    const answer = await ask(question);
    const foreign = new Set(counted().flatMap((project) => [...(project.lead ? [project.lead] : []), ...project.partners])
      .filter((partner) => partner.country && partner.country !== 'SE').map((partner) => partner.organisation));
    expect(answer.answer).toContain(`${foreign.size} externa organisationer, utom Sverige`);
    expect(answer.answer).not.toMatch(/\(SE\)/);
  });
});

describe('which submissions are missing', () => {
  it('says that none is missing when every förvaltning has handed one in', async () => {
    const answer = await ask('Vilka förvaltningar saknar underlag?');
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'reconciliation' });
    expect(answer.answer).toMatch(/^2024 saknas inget underlag/m);
  });

  it('names the förvaltning whose submission is missing', async () => {
    const { createAssistant } = await import('../assistant/create-assistant.js');
    const { emptyMemory } = await import('../assistant/answer.js');
    const dataset = sampleDataset();
    const year = dataset.years.find((candidate) => candidate.year === 2024)!;
    const [dropped, ...kept] = year.submissions;
    const withoutOne = { ...dataset, years: dataset.years.map((candidate) => (candidate === year ? { ...year, submissions: kept } : candidate)) };
    const { answer } = await createAssistant({ dataset: withoutOne }).answer('Vilka förvaltningar saknar underlag?', emptyMemory());
    expect(answer.answer).toContain(`2024 saknas underlag från ${dropped!.forvaltning}`);
  });
});

describe("the partners of the project just talked about", () => {
  it.each([
    ['Berätta om CITYSHIFT', 'vilka är partnerna?'],
    ['What is the total budget of CITYSHIFT?', 'who are the partners?'],
    ['Berätta om CITYSHIFT', 'i vilka länder?'],
  ])('"%s" then "%s" lists that project\'s partners', async (first, second) => {
    const [, answer] = (await run([first, second])).answers;
    expect(answer!.toolCalls[0]).toMatchObject({ tool: 'project_details' });
    expect(answer!.answer).toMatch(/^Partners? (i|in) CITYSHIFT/);
  });

  it('without a project before, "vilka partner har vi?" lists every partner', async () => {
    const answer = await ask('Vilka partner har vi?');
    expect(answer.toolCalls[0]?.tool).not.toBe('project_details');
  });
});

describe('follow-ups that only name a dimension or an order', () => {
  it.each([
    ['Vilka ESF-projekt finns?', 'vilka förvaltningar deltar?', { programme: 'ESF+', groupBy: 'namnd' }],
    ['Vilka Interreg-projekt finns?', 'which departments take part?', { family: 'Interreg', groupBy: 'namnd' }],
    ['Visa projekten inom mål 2', 'sortera efter belopp', { goal: 2, groupBy: 'project', sortBy: 'paidKr', order: 'desc' }],
    ['Vilka ESF-projekt finns?', 'sort them by funding', { programme: 'ESF+', groupBy: 'project', sortBy: 'paidKr' }],
    ['Vilka nämnder finns?', 'sortera efter antal projekt', { groupBy: 'namnd', sortBy: 'projects' }],
  ])('"%s" then "%s" keeps the previous selection', async (first, second, args) => {
    const [, answer] = (await run([first, second])).answers;
    expect(answer!.toolCalls[0]).toMatchObject({ tool: 'aggregate', args });
  });

  it('without a previous question, "vilka förvaltningar deltar?" covers every förvaltning', async () => {
    const answer = await ask('Vilka förvaltningar deltar?');
    expect(answer.toolCalls[0]?.args).toMatchObject({ groupBy: 'namnd' });
    expect(answer.toolCalls[0]?.args).not.toHaveProperty('programme');
  });
});

describe('averages per project, and projects shared by more than N nämnder', () => {
  const counted = (): Project[] => projects2024().filter((project) => project.participations.length > 0);
  const paid = (project: Project): number => project.participations.reduce((sum, participation) => sum + participation.paidKr, 0);

  it('gives the average per project with the sum', async () => {
    const answer = await ask('Vilken är den genomsnittliga summan per projekt?');
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'none' } });
    const total = counted().reduce((sum, project) => sum + paid(project), 0);
    const average = Math.round(total / counted().length).toLocaleString('sv-SE').replace(/\u00a0/g, ' ');
    expect(answer.answer.replace(/\u00a0/g, ' ')).toContain(`i genomsnitt ${average} kr per projekt`);
  });

  it('gives each nämnd its average when asked per nämnd', async () => {
    const answer = await ask('Hur mycket fick varje nämnd i snitt per projekt?');
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'namnd' } });
    expect(answer.answer.match(/i snitt [\d ]+ kr per projekt/g)?.length).toBeGreaterThanOrEqual(9);
  });

  it.each([
    ['Hur många projekt har fler än två nämnder?', 3],
    ['Vilka projekt har minst två förvaltningar?', 2],
    ['Which projects involve more than one committee?', 2],
  ])('"%s" keeps the projects at least %i nämnder share', async (question, atLeast) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.args).toMatchObject({ minNamnder: atLeast });
    expect(answer.toolCalls[0]?.args).not.toHaveProperty('order');
    const expected = counted().filter((project) => new Set(project.participations.map((participation) => participation.namnd)).size >= atLeast).length;
    expect(answer.answer).toMatch(new RegExp(`(^| )${expected} (projekt|projects)`));
  });
});

describe('tables show what was asked about', () => {
  it('a ranking of projects by their partners has partner and country columns', async () => {
    const answer = await ask('Vilket projekt har partner i flest länder?');
    const keys = answer.tables[0]?.columns.map((column) => column.key);
    expect(keys).toEqual(expect.arrayContaining(['partners', 'countries']));
    const cityshift = answer.tables[0]?.rows.find((row) => row.label?.startsWith('CITYSHIFT'));
    const project = projects2024().find((candidate) => candidate.id === 'cityshift')!;
    const countries = new Set([...(project.lead ? [project.lead] : []), ...project.partners].filter((partner) => !/^malm[oö] stad$/i.test(partner.organisation)).map((partner) => partner.country).filter(Boolean)).size;
    expect(cityshift?.countries).toBe(String(countries));
  });

  it('averages per nämnd have an average column', async () => {
    const answer = await ask('Hur mycket fick varje nämnd i snitt per projekt?');
    expect(answer.tables[0]?.columns.map((column) => column.key)).toContain('average');
    const mn = answer.tables[0]?.rows.find((row) => row.label === 'Miljönämnden');
    const participations = projects2024().flatMap((project) => project.participations.filter((participation) => participation.namnd === 'mn'));
    const projects = new Set(projects2024().filter((project) => project.participations.some((participation) => participation.namnd === 'mn')).map((project) => project.id)).size;
    const average = Math.round(participations.reduce((sum, participation) => sum + participation.paidKr, 0) / projects);
    expect(mn?.average?.replace(/\s/g, '')).toBe(`${average}kr`);
  });

  it('an ordinary per-nämnd table has neither', async () => {
    const answer = await ask('Hur mycket fick varje nämnd 2024?');
    const keys = answer.tables[0]?.columns.map((column) => column.key) ?? [];
    expect(keys).not.toContain('average');
    expect(keys).not.toContain('countries');
  });
});

describe('a project list asked "with their partners"', () => {
  it.each(['List all Horizon Europe projects with their partners', 'Visa Horisont Europa-projekten med partner'])('"%s" names each project\'s partners', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { programme: 'Horisont Europa' } });
    for (const project of projects2024().filter((candidate) => candidate.programme === 'Horisont Europa' && candidate.participations.length > 0)) {
      const line = answer.answer.split('\n').find((candidate) => candidate.includes(project.name)) ?? '';
      const first = [...(project.lead ? [project.lead] : []), ...project.partners].find((partner) => !/^malm[oö] stad$/i.test(partner.organisation));
      if (first) expect(line).toContain(first.organisation);
    }
  });

  it('a plain list does not', async () => {
    const answer = await ask('Vilka Horisont Europa-projekt finns?');
    expect(answer.answer).not.toMatch(/; partner(s)?:/);
  });
});

describe('more combinations of the newer filters', () => {
  const counted = (): Project[] => projects2024().filter((project) => project.participations.length > 0);

  it.each(['Which projects started before 2023 and are still running?', 'Vilka projekt startade före 2023 och pågår fortfarande?'])('"%s" keeps both conditions', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { status: 'ongoing', startsBefore: '2022-12-31' } });
    const expected = counted().filter((project) => project.start !== null && project.start < '2023-01-01' && (project.end === null || project.end > '2024-12-31'));
    expect(answer.answer).toMatch(new RegExp(`^${expected.length} (projekt|projects)`));
  });

  it('"partners in more than 5 countries" is a count of countries, not a project named "… Countries"', async () => {
    const answer = await ask('Which projects have partners in more than 5 countries?');
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { threshold: { field: 'countries', op: 'gt', value: 5 } } });
  });

  it('"vilka projekt med partner i Norge har X?" lists X\'s projects', async () => {
    const answer = await ask('Vilka projekt med partner i Norge har miljöförvaltningen?');
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { namnd: 'mn', country: 'NO' } });
    const expected = counted().filter((project) => project.participations.some((participation) => participation.namnd === 'mn')
      && [...(project.lead ? [project.lead] : []), ...project.partners].some((partner) => partner.country === 'NO'));
    expect(answer.answer).toMatch(new RegExp(`har ${expected.length} projekt`));
  });
});
