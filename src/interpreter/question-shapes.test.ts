import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/datasets.js';
import type { SubmissionPassage, ToolDeps } from '../tools/tool.js';
import { interpret } from './interpret.js';
import { converse } from '../test-support/converse.js';

const run = async (questions: string[]) => (await converse(questions)).answers;

const ask = async (question: string) => (await run([question]))[0]!;
const projects2024 = () => sampleDataset().years.find((year) => year.year === 2024)?.projects ?? [];

describe('"vad har X för projekt" lists that unit\'s projects', () => {
  it.each([
    ['vad har STK för EU-projekt?', 'ks'],
    ['Vad har GRF för projekt', 'gsn'],
    ['vad har miljöförvaltningen för projekt just nu?', 'mn'],
    ['Vad driver kulturnämnden för EU-projekt?', 'kn'],
  ])('"%s" → find_projects for %s', async (question, namnd) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { namnd } });
    const count = projects2024().filter((project) => project.participations.some((participation) => participation.namnd === namnd)).length;
    expect(answer.answer).toContain(`${count} projekt`);
  });
});

describe('"which projects are funded by P" is a list, "how much" still a sum', () => {
  it.each([
    ['Which projects are funded by Digital Europe?', 'Digitala Europa'],
    ['vilka projekt finansieras av LIFE', 'LIFE'],
    ['Vilka projekt finansierades genom Digitala Europa 2024?', 'Digitala Europa'],
    ['What projects are financed by LIFE?', 'LIFE'],
  ])('"%s" → find_projects', async (question, programme) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { programme } });
    const names = projects2024().filter((project) => project.programme === programme).map((project) => project.name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(answer.answer).toContain(name);
  });

  it.each(['Hur mycket finansieras av LIFE?', 'How much is funded by LIFE?'])('"%s" stays a sum', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { programme: 'LIFE', groupBy: 'none' } });
  });
});

describe('short English questions are answered in English', () => {
  it.each([
    'Can you book a meeting room in Stadshuset for Friday?',
    'Can I park my car at Stortorget for free?',
    'Where can I buy a ticket for Malmöfestivalen?',
  ])('"%s"', async (question) => {
    const answer = await ask(question);
    expect(answer.language).toBe('en');
  });

  it.each(['Vad fick miljönämnden för pengar 2024?', 'hur manga projekt har MN for klimat'])('"%s" stays Swedish', async (question) => {
    expect((await ask(question)).language).toBe('sv');
  });
});

describe('"do you have data for YEAR" is the years answer', () => {
  it.each([
    ['Finns det siffror för 2019?', 2019, /Nej, det finns ingen data för 2019/],
    ['Do you have data for 2019?', 2019, /No, there is no data for 2019/],
    ['har ni uppgifter från 2021?', 2021, /Nej, det finns ingen data för 2021/],
    ['Is there any information about 2024?', 2024, /Yes, 2024 is in the data/],
    ['Finns det statistik för 2023?', 2023, /Ja, 2023 finns i datan/],
  ])('"%s"', async (question, _year, expected) => {
    const answer = await ask(question);
    expect(answer.toolCalls).toEqual([]);
    expect(answer.answer).toMatch(expected);
    expect(answer.answer).toMatch(/2023 (och|and) 2024/);
  });
});

describe('English nämnd names resolve', () => {
  it.each([
    ['How much did the Building Committee get in 2024?', 'sbn'],
    ['What did the City Planning Committee receive?', 'sbn'],
    ['Which projects does the Environment Committee have?', 'mn'],
    ['Culture Committee funding 2024', 'kn'],
    ['How much did the Labour Market and Social Services Committee receive?', 'asn'],
    ['Projects of the Preschool Committee', 'fsn'],
    ['What did the Technical Committee get?', 'tn'],
    ['How much did the City Executive Board get?', 'ks'],
    ['Which projects does the Executive Board have?', 'ks'],
  ])('"%s" → %s', async (question, namnd) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.args).toMatchObject({ namnd });
    expect(answer.answer).not.toMatch(/Did you mean|Menade du/);
  });
});

const namndOf = (name: string): string[] => [...new Set(projects2024().find((project) => project.name === name || project.acronym === name)?.participations.map((participation) => participation.namnd) ?? [])];

describe('who has experience of a programme: its projects and their förvaltningar\'s contacts', () => {
  it.each([
    ['vem har erfarenhet av interreg europe?', 'Interreg Europe'],
    ['Who has experience with LIFE projects?', 'LIFE'],
    ['Vem kan jag prata med om Digitala Europa?', 'Digitala Europa'],
  ])('"%s"', async (question, programme) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { programme } });
    const namnder = [...new Set(projects2024().filter((project) => project.programme === programme).flatMap((project) => project.participations.map((participation) => participation.namnd)))];
    const contacted = answer.toolCalls.filter((call) => call.tool === 'contact_persons').map((call) => call.args.namnd);
    expect(contacted.sort()).toEqual(namnder.sort());
  });
});

describe('follow-ups that lean on the previous list or project', () => {
  it.each([
    ['vilka projekt finansieras av LIFE', 'vem är kontaktperson för dem?'],
    ['Which projects are funded by Digital Europe?', 'who is the contact person for them?'],
  ])('"%s" then "%s" → contacts of every förvaltning in the list', async (first, second) => {
    const [list, contacts] = await run([first, second]);
    const programme = list!.toolCalls[0]!.args.programme;
    const namnder = [...new Set(projects2024().filter((project) => project.programme === programme).flatMap((project) => project.participations.map((participation) => participation.namnd)))];
    expect(namnder.length).toBeGreaterThan(1);
    expect(contacts!.toolCalls.filter((call) => call.tool === 'contact_persons').map((call) => call.args.namnd).sort()).toEqual(namnder.sort());
  });

  it.each([
    ['Berätta om Speak Up', 'vilka andra projekt har samma nämnd?', 'och hur mycket fick nämnden totalt 2024?', 'Speak Up'],
    ['Tell me about CitiTwin', 'which other projects does the same committee have?', 'how much did the committee get in total?', 'CitiTwin'],
  ])('"%s" → "%s" → "%s"', async (first, second, third, project) => {
    const [, others, total] = await run([first, second, third]);
    const [namnd] = namndOf(project);
    expect(others!.toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { namnd } });
    const expectedOthers = projects2024().filter((candidate) => candidate.participations.some((participation) => participation.namnd === namnd) && candidate.name !== project && candidate.acronym !== project).length;
    expect(others!.answer).toMatch(new RegExp(`${expectedOthers} (projekt|projects)`));
    expect(others!.answer.split('\n').filter((line) => line.startsWith('- ')).some((line) => line.includes(project))).toBe(false);
    expect(total!.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { namnd, groupBy: 'none' } });
  });
});

describe('a project name that starts with a programme word is the project', () => {
  // Projects whose name begins with their programme's name, and a shorter span that only that project starts with.
  const named = projects2024().filter((project) => /^(LIFE|Erasmus\+) \S+ \S+/.test(project.name) && project.name.split(' ').length >= 4);
  it('the sample has such projects', () => expect(named.length).toBeGreaterThan(1));

  it.each([
    ["What's the total budget of %s?"],
    ['Hur stor är budgeten för %s?'],
    ['Berätta om %s'],
  ])('"%s" → project_details', async (template) => {
    for (const project of named) {
      const words = project.name.split(' ');
      // The shortest prefix of three or more words that no other project shares.
      let prefix = words.slice(0, 3).join(' ');
      for (let length = 3; length < words.length; length++) {
        prefix = words.slice(0, length).join(' ');
        if (projects2024().filter((other) => other.name.startsWith(prefix)).length === 1) break;
      }
      if (projects2024().filter((other) => other.name.startsWith(prefix)).length !== 1) continue;
      const answer = await ask(template.replace('%s', prefix));
      expect(answer.toolCalls[0], prefix).toMatchObject({ tool: 'project_details', args: { name: project.name } });
    }
  });

  it.each(['Vilka LIFE-projekt finns?', 'How much did the LIFE projects get?', 'Hur mycket fick Interreg Europe-projekten?'])('"%s" is still the programme', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.tool).not.toBe('project_details');
    expect(answer.toolCalls[0]?.args.programme).toBeDefined();
  });
});

describe('a small count names its projects', () => {
  it.each([
    ['Antal projekt som avslutades under 2024?', 'Det är'],
    ['How many projects ended in 2024?', 'They are'],
    ['Hur många projekt har kulturnämnden?', 'Det är'],
    ['How many LIFE projects are there?', 'They are'],
  ])('"%s"', async (question, lead) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'none' } });
    const listed = answer.toolCalls.find((call) => call.tool === 'find_projects');
    expect(listed).toBeDefined();
    const count = Number(/(\d+) (projekt|projects)/.exec(answer.answer)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(15);
    const line = answer.answer.split('\n').find((text) => text.startsWith(`${lead}:`)) ?? '';
    expect(line.split('; ').length).toBe(count);
  });

  it('a large count does not list', async () => {
    const answer = await ask('Hur många projekt fanns 2024?');
    expect(answer.toolCalls.map((call) => call.tool)).toEqual(['aggregate']);
  });
});

describe('participations: projects counted once per nämnd', () => {
  const participations = (filter: (project: ReturnType<typeof projects2024>[number]) => boolean = () => true): number =>
    projects2024().filter(filter).reduce((sum, project) => sum + new Set(project.participations.map((participation) => participation.namnd)).size, 0);
  it.each([
    ['Hur många deltaganden blir det om delade projekt räknas en gång per nämnd?', /(\d+) deltaganden/],
    ['how many participations are there?', /(\d+) participations/],
    ['Antal deltaganden 2024?', /(\d+) deltaganden/],
    ['What is the number of project participations in 2024?', /(\d+) participations/],
  ])('"%s"', async (question, pattern) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'namnd' } });
    expect(answer.toolCalls[0]!.args.minNamnder).toBeUndefined();
    expect(answer.toolCalls[0]!.args.text).toBeUndefined();
    expect(Number(pattern.exec(answer.answer)?.[1])).toBe(participations());
  });

  it('with a programme filter', async () => {
    const answer = await ask('Hur många deltaganden hade Interreg-projekten?');
    expect(answer.toolCalls[0]?.args).toMatchObject({ family: 'Interreg', groupBy: 'namnd' });
    expect(Number(/(\d+) deltaganden/.exec(answer.answer)?.[1])).toBe(participations((project) => /^Interreg/.test(project.programme)));
  });
});

describe('who in the city has contacts in a CITY: partners whose names hold the city', () => {
  it.each([
    ['Vem i stan har kontakter i Barcelona?', 'Barcelona'],
    ['Who in the city has contacts in Milan?', 'Milano'],
    ['Har någon i stan kontakt med Köpenhamn?', 'København'],
    ['Vem i staden har kontakter i Stuttgart?', 'Stuttgart'],
  ])('"%s"', async (question, cityInName) => {
    const answer = await ask(question);
    expect(answer.toolCalls.length).toBeGreaterThan(0);
    const partnerNames = projects2024().flatMap((project) => project.partners.map((partner) => partner.organisation)).filter((name) => name.includes(cityInName));
    expect(partnerNames.length).toBeGreaterThan(0);
    expect(partnerNames.some((name) => answer.answer.includes(name))).toBe(true);
    expect(answer.answer).toMatch(/förvaltningar|administrations/);
    expect(answer.answer).not.toMatch(/Det kan jag inte svara på|I can't answer that/);
  });
});

describe('a content question about a named project searches the submissions for passages that mention it', () => {
  function twoPassageDeps(projectWord: string): ToolDeps & { queries: Array<{ query: string; namnd?: string }> } {
    const queries: Array<{ query: string; namnd?: string }> = [];
    const other: SubmissionPassage = { id: 'p1', text: 'Ett annat projekt minskade något annat med 10 procent.', namnd: 'mn', forvaltning: 'Miljöförvaltningen', year: 2024, section: 'Internationellt arbete under året', file: '2024/underlag/mf.md', score: 2 };
    const mentioning: SubmissionPassage = { id: 'p2', text: `Inom ${projectWord} minskade resultatet tydligt: 30 procent mindre än året innan.`, namnd: 'mn', forvaltning: 'Miljöförvaltningen', year: 2024, section: 'Internationellt arbete under året', file: '2024/underlag/mf.md', score: 1 };
    return {
      dataset: sampleDataset(), queries,
      searchSubmissions: { async search(query, options) { queries.push({ query, ...(options?.namnd ? { namnd: options.namnd } : {}) }); return [other, mentioning]; } },
    };
  }
  const withAcronym = projects2024().filter((project) => project.acronym && project.participations.length === 1 && project.acronym.length >= 5).slice(0, 2);

  it.each([
    ['Hur mycket minskade matsvinnet i skolköken i %s?'],
    ['What did %s achieve?'],
    ['Vilka resultat uppnådde %s?'],
    ['How did %s go?'],
  ])('"%s"', async (template) => {
    expect(withAcronym.length).toBeGreaterThan(0);
    for (const project of withAcronym) {
      const recording = twoPassageDeps(project.acronym!);
      const answer = (await interpret(template.replace('%s', project.acronym!), null, recording)).answer;
      expect(answer.toolCalls[0]?.tool, template).toBe('search_submissions');
      expect(recording.queries[0]?.namnd).toBe(project.participations[0]?.namnd);
      expect(answer.answer).toContain('30 procent');
      expect(answer.answer).not.toContain('10 procent');
    }
  });

  it.each(['Hur mycket fick %s?', 'Vad har %s för partner?', 'Berätta om %s', 'När slutar %s?', 'What is the budget of %s?'])('"%s" stays the project details', async (template) => {
    for (const project of withAcronym) {
      const answer = await ask(template.replace('%s', project.acronym!));
      expect(answer.toolCalls[0]?.tool).toBe('project_details');
    }
  });
});

describe('who has worked on a topic under a programme: find_partners with the Swedish topic and the programme', () => {
  it.each([
    ["I'm looking for someone who has worked on air quality under Horizon Europe — who can I talk to?", 'luftkvalitet', 'Horisont Europa'],
    ['Who has experience with climate adaptation in Interreg projects?', 'klimatanpassning', 'Interreg'],
    ['Vem har jobbat med klimatanpassning inom LIFE?', 'klimatanpassning', 'LIFE'],
    ['who knows about biodiversity in LIFE projects?', 'biologisk mångfald', 'LIFE'],
  ])('"%s"', async (question, swedish, programme) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.tool).toBe('find_partners');
    expect(String(answer.toolCalls[0]?.args.topic)).toContain(swedish);
    expect(answer.toolCalls[0]?.args.programme).toBe(programme);
  });
});

describe('more phrasings of lists by unit and funder, and covered years', () => {
  it.each([
    ['what EU projects does FGK have?', { namnd: 'tn' }],
    ['Vad driver SBK för projekt?', { namnd: 'sbn' }],
    ['Which projects get money from ESF+?', { family: 'ESF' }],
    ['Vilka projekt får pengar från Erasmus+?', { family: 'Erasmus' }],
    ['Which projects receive funding from Interreg?', { family: 'Interreg' }],
  ])('"%s" → find_projects', async (question, args) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_projects', args });
  });

  it('a ranking by money from a funder stays a ranking', async () => {
    const answer = await ask('Which projects got the most money from ESF+?');
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'project', order: 'desc' } });
  });

  it.each([
    ['Is 2025 available?', /No, there is no data for 2025/],
    ['Finns 2023 med?', /Ja, 2023 finns i datan/],
    ['Har ni data för 2022?', /Nej, det finns ingen data för 2022/],
  ])('"%s"', async (question, expected) => {
    expect((await ask(question)).answer).toMatch(expected);
  });
});

describe('an inflected last word of a programme-led project name', () => {
  it.each([
    ['Hur mycket fick Erasmus+ konsortiet?', /^Erasmus\+ konsortium/],
    ['Vad är budgeten för LIFE Våtmarkerna?', /^LIFE Våtmarker/],
  ])('"%s"', async (question, name) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.tool).toBe('project_details');
    expect(String(answer.toolCalls[0]?.args.name)).toMatch(name);
  });
});

describe('"that department", "nämnden" after a project: its nämnd, not a partner', () => {
  it.each([
    ['Berätta om GreenFin', 'vilka fler projekt har nämnden?', 'GreenFin'],
    ['Tell me about UPSTREET', 'which other projects does that department run?', 'UPSTREET'],
    ['Berätta om FOODWAYS', 'Vilka andra projekt har förvaltningen?', 'FOODWAYS'],
  ])('"%s" → "%s"', async (first, second, project) => {
    const [, others] = await run([first, second]);
    const [namnd] = namndOf(project);
    expect(others!.toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { namnd } });
    expect(others!.toolCalls[0]!.args.partner).toBeUndefined();
    expect(others!.answer.split('\n').filter((line) => line.startsWith('- ')).some((line) => line.includes(`(${project})`))).toBe(false);
  });
});

describe('Swedish place names in short English questions keep them English', () => {
  it.each(['Any projects in Rosengård?', 'Book a room in Stadshuset', 'Where is Stadshuset?', 'Projects with Lunds universitet?', 'Who runs Miljöförvaltningen?'])('"%s"', async (question) => {
    expect((await ask(question)).language).toBe('en');
  });
  it.each(['Kan du boka ett rum i Stadshuset?', 'Vad är ESF?', 'Hur många projekt har Malmö?'])('"%s" stays Swedish', async (question) => {
    expect((await ask(question)).language).toBe('sv');
  });
});

describe('older data, "what kind of projects", "counted once per nämnd"', () => {
  it.each([
    ['Har ni äldre data?', /^Datan omfattar 2023 och 2024/],
    ['Do you have older data?', /^The data covers 2023 and 2024/],
    ['Finns det data från före 2023?', /^Nej, det finns ingen data före 2023/],
    ['Is there any data before 2024?', /^Yes, 2024 is in the data|^Yes/],
  ])('"%s" → the years answer', async (question, expected) => {
    const answer = await ask(question);
    expect(answer.toolCalls).toEqual([]);
    expect(answer.answer).toMatch(expected);
  });

  it.each([['What kind of projects does GRF have?', 'gsn'], ['What sort of EU projects does the Culture Committee have?', 'kn']])('"%s" lists', async (question, namnd) => {
    expect((await ask(question)).toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { namnd } });
  });

  it.each(['Hur många projekt per nämnd om delade projekt räknas en gång per nämnd?', 'How many projects are there if shared projects are counted once per committee?'])('"%s" → participations', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'namnd' } });
    expect(answer.toolCalls[0]!.args.minNamnder).toBeUndefined();
    expect(answer.toolCalls[0]!.args.text).toBeUndefined();
    const participations = projects2024().reduce((sum, project) => sum + new Set(project.participations.map((participation) => participation.namnd)).size, 0);
    expect(answer.answer).toContain(String(participations));
  });
});

describe('English nämnd names: the longest name wins', () => {
  it.each([
    ['How much did the Upper Secondary School Committee get?', 'gvn'],
    ['How much did the Schools Committee get?', 'gsn'],
    ['How much did the Transport Committee get?', 'tn'],
    ['How much did the City Office get?', 'ks'],
    ['How much did the City Planning Office get?', 'sbn'],
  ])('"%s" → %s', async (question, namnd) => {
    expect((await ask(question)).toolCalls[0]?.args).toMatchObject({ namnd });
  });
  it('"city projects" is not a nämnd', async () => {
    expect((await ask('Which city projects are there?')).toolCalls[0]?.args.namnd).toBeUndefined();
  });
});

describe('leading: the city or a nämnd named as the subject of "leder"', () => {
  const led = (namnd?: string) => projects2024().filter((project) => project.participations.some((participation) => participation.role === 'Projektägare' && (!namnd || participation.namnd === namnd))).length;
  it.each([
    ['How many projects does the city lead?', undefined],
    ['Hur många projekt leder Malmö stad?', undefined],
    ['Hur många projekt leder vi?', undefined],
    ['Hur många projekt leder miljönämnden?', 'mn'],
    ['How many projects does ASN lead?', 'asn'],
  ])('"%s"', async (question, namnd) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.args).toMatchObject({ role: 'Projektägare', ...(namnd ? { namnd } : {}) });
    expect(answer.answer).toContain(`${led(namnd)} `);
  });

  it('"vilka av dem leds av staden?" narrows the previous list to the city-led ones', async () => {
    const [, narrowed] = await run(['Vilka ESF-projekt finns?', 'vilka av dem leds av staden?']);
    expect(narrowed!.toolCalls[0]?.args).toMatchObject({ programme: 'ESF+', role: 'Projektägare' });
  });
});

describe('what data the assistant has', () => {
  it.each(['Vad har ni för data?', 'What data do you have?'])('"%s" → the years answer', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls).toEqual([]);
    expect(answer.answer).toMatch(/2023 (och|and) 2024/);
  });
  it('"What does SBK have for projects?" lists', async () => {
    expect((await ask('What does SBK have for projects?')).toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { namnd: 'sbn' } });
  });
});

describe('a project figure asked for comes first', () => {
  const withBudget = projects2024().filter((project) => project.totalBudgetKr !== null && project.acronym).slice(0, 3);
  it.each(["What's the total budget of %s?", 'Vad är budgeten för %s?', 'Hur stor budget har %s?'])('"%s"', async (template) => {
    expect(withBudget.length).toBeGreaterThan(0);
    for (const project of withBudget) {
      const answer = await ask(template.replace('%s', project.acronym!));
      expect(answer.toolCalls[0]?.tool).toBe('project_details');
      const first = answer.answer.split('\n')[0] ?? '';
      expect(first).toMatch(/Total budget/);
      const digits = first.replace(/[^\d]/g, '');
      expect(digits).toContain(String(project.totalBudgetKr));
    }
  });
});

describe('contact follow-ups', () => {
  it.each([
    ['Tell me about FOODWAYS', 'who is the contact person?', /Contact person for FOODWAYS|contact/i],
    ['Berätta om CitiTwin', 'vem är kontaktperson?', /Kontaktperson för CitiTwin/],
    ['Berätta om Speak Up', 'vem kan jag kontakta?', /Kontaktperson/],
  ])('"%s" → "%s" is about that project', async (first, second, expected) => {
    const [, contact] = await run([first, second]);
    expect(contact!.toolCalls[0]?.tool).toBe('project_details');
    expect(contact!.answer.split('\n')[0]).toMatch(expected);
  });

  it('contacts of a list come before the projects, in one list', async () => {
    const [, contacts] = await run(['vilka projekt finansieras av LIFE', 'vem är kontaktperson för dem?']);
    const lines = contacts!.answer.split('\n');
    expect(lines[0]).toMatch(/^Kontaktpersoner/);
    expect(lines.filter((line) => /^Kontaktpersoner/.test(line))).toHaveLength(1);
  });
});

describe('more list shapes and the language of capitalised commands', () => {
  it.each([['Vad för projekt har Miljöförvaltningen?', 'mn'], ['Vad för slags EU-projekt driver GRF?', 'gsn']])('"%s" lists', async (question, namnd) => {
    expect((await ask(question)).toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { namnd } });
  });
  it.each([['List all projects funded through Horizon Europe', 'en'], ['Show the LIFE projects', 'en'], ['Lista alla projekt inom LIFE', 'sv'], ['Visa ESF-projekten', 'sv']])('"%s" is %s', async (question, language) => {
    expect((await ask(question)).language).toBe(language);
  });
});

describe('an end year after the report years is a filter on the end date', () => {
  const endingIn = (year: number, programme?: string) => projects2024().filter((project) => project.participations.length > 0 && project.end !== null && project.end.startsWith(String(year)) && (!programme || project.programme === programme));
  it.each([
    ['Vilka projekt tar slut 2025?', 2025, undefined],
    ['Which projects end in 2026?', 2026, undefined],
    ['Hur många projekt slutar 2025?', 2025, undefined],
    ['Vilka LIFE-projekt slutar 2027?', 2027, 'LIFE'],
  ])('"%s"', async (question, year, programme) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.args).toMatchObject({ endsAfter: `${year - 1}-12-31`, endsBefore: `${year}-12-31` });
    expect(answer.toolCalls[0]?.args.year).toBeUndefined();
    expect(answer.answer).toMatch(new RegExp(`\\b${endingIn(year, programme).length} (projekt|projects?)\\b`));
  });
  it('a report year stays a report year', async () => {
    const answer = await ask('Hur många projekt avslutades 2024?');
    expect(answer.toolCalls[0]?.args).toMatchObject({ year: 2024, status: 'ended' });
  });
});

describe('"which projects do X and Y run together" are the projects both take part in', () => {
  const both = (left: string, right: string) => projects2024().filter((project) => project.participations.some((p) => p.namnd === left) && project.participations.some((p) => p.namnd === right)).length;
  it.each([
    ['Vilka projekt driver FGK och MF tillsammans?', 'tn', 'mn'],
    ['Which projects do the environment committee and the technical committee run together?', 'mn', 'tn'],
    ['Vilka projekt har ASN och GRF gemensamt?', 'asn', 'gsn'],
    ['Vilka projekt delar miljönämnden med tekniska nämnden?', 'mn', 'tn'],
    ['Which projects does the environment committee share with the city planning committee?', 'mn', 'sbn'],
  ])('"%s"', async (question, left, right) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { minNamnder: 2 } });
    expect(answer.answer).toMatch(new RegExp(`\\b${both(left, right)} (projekt|projects?)\\b`));
  });
  it('"hur mycket fick X och Y tillsammans" is still both totals', async () => {
    expect((await ask('Hur mycket fick FGK och MF tillsammans?')).toolCalls[0]?.args.minNamnder).toBeUndefined();
  });
});

describe('who knows a programme: its projects\' förvaltningar and contacts', () => {
  it.each([
    ['Vem kan mest om ESF?', 'ESF'],
    ['Who knows most about Interreg?', 'Interreg'],
    ['Vem har jobbat med Interreg?', 'Interreg'],
    ['Vem har erfarenhet av Erasmus+?', 'Erasmus'],
  ])('"%s"', async (question, family) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { family } });
    expect(answer.toolCalls.filter((call) => call.tool === 'contact_persons').length).toBeGreaterThan(0);
    expect(answer.answer.split('\n')[0]).toMatch(/^(Kontaktpersoner|Contact persons)/);
  });
});

describe('a capitalised name that begins one project\'s name is that project', () => {
  const prefixed = projects2024().filter((project) => project.participations.length === 1 && /^[A-Z]\w+ [A-Z]\w+ [A-Z]\w+$/.test(project.name));
  it('the sample has one', () => expect(prefixed.length).toBeGreaterThan(0));
  it.each(['Berätta om %s', 'Tell me about %s', 'What happened in %s?'])('"%s" with the first two words', async (template) => {
    for (const project of prefixed) {
      const short = project.name.split(' ').slice(0, 2).join(' ');
      if (projects2024().filter((other) => other.name.startsWith(short)).length !== 1) continue;
      const answer = await ask(template.replace('%s', short));
      const call = answer.toolCalls[0]!;
      if (call.tool === 'project_details') expect(call.args.name).toBe(project.name);
      else expect(call).toMatchObject({ tool: 'search_submissions', args: { namnd: project.participations[0]!.namnd } });
    }
  });
  it('lower-case words are not a name', async () => {
    expect((await ask('Vilka projekt handlar om reading?')).toolCalls[0]?.tool).not.toBe('project_details');
  });
});

describe('"hur mycket fick nämnden totalt?" after one nämnd\'s filtered list is that nämnd\'s whole total', () => {
  it.each([
    ['Vilka ESF-projekt har ASN?', 'och hur mycket fick nämnden totalt 2024?', 'asn'],
    ['Which LIFE projects does the environment committee have?', 'how much did the committee get in total?', 'mn'],
  ])('"%s" → "%s"', async (first, second, namnd) => {
    const [, total] = await run([first, second]);
    const call = total!.toolCalls[0]!;
    expect(call).toMatchObject({ tool: 'aggregate', args: { namnd, groupBy: 'none' } });
    expect(call.args.programme ?? call.args.family).toBeUndefined();
  });
});

describe('partners of one kind: "vilka kommuner/universitet/myndigheter/företag samarbetar vi med?"', () => {
  it.each([
    ['Vilka städer samarbetar vi med?', 'kommun'],
    ['Which universities are we working with?', 'universitet'],
    ['Hur många universitet samarbetar staden med?', 'universitet'],
    ['Vilka företag är partner i våra projekt?', 'företag'],
    ['Vilka myndigheter samarbetar vi med?', 'myndighet'],
    ['Which municipalities are partners?', 'kommun'],
  ])('"%s" → %s', async (question, organisationKind) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'partner', organisationKind } });
    expect(answer.answer).toMatch(/\d+ (kommuner|universitet|myndigheter|företag|municipalities|universities|public authorities|companies)/);
  });

  it('keeps a country filter', async () => {
    const answer = await ask('Vilka städer samarbetar vi med i Danmark?');
    expect(answer.toolCalls[0]?.args).toMatchObject({ country: 'DK', organisationKind: 'kommun' });
    expect(answer.answer).not.toMatch(/\((SE|DE|NL|ES)\)/);
  });
});

describe('"the total for X" is a sum; "projects that deal with T" filter on T', () => {
  it.each([
    ['What was the total for 2023?', { year: 2023 }],
    ['Vad blev totalen för miljönämnden?', { namnd: 'mn' }],
  ])('"%s"', async (question, args) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]).toMatchObject({ tool: 'aggregate', args: { ...args, groupBy: 'none' } });
    expect(answer.answer).not.toMatch(/I can't answer that|Det kan jag inte svara på/);
  });
  it.each(['Which projects deal with homelessness?', 'Which projects address loneliness among elderly?'])('"%s" is not every project', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.args.text).toBeDefined();
  });
});

describe('"där", "that committee" after a list or a project', () => {
  it('"Vem är kontaktperson där?" after one nämnd\'s list is that nämnd\'s contact', async () => {
    const [, contact] = await run(['Vilka projekt har tekniska nämnden?', 'Vem är kontaktperson där?']);
    expect(contact!.toolCalls[0]).toMatchObject({ tool: 'contact_persons', args: { namnd: 'tn' } });
  });
  it.each(['what else does that committee do?', 'vad mer gör den förvaltningen?'])('"%s" after a project lists its nämnd\'s other projects', async (question) => {
    const [, others] = await run(['Tell me about CITYSHIFT', question]);
    const [namnd] = namndOf('CITYSHIFT');
    expect(others!.toolCalls[0]).toMatchObject({ tool: 'find_projects', args: { namnd } });
    expect(others!.toolCalls[0]!.args.projectIds).toBeUndefined();
  });
});

describe('more "is YEAR covered" phrasings', () => {
  it.each([
    ['Do you have 2022 numbers?', /No, there is no data for 2022/],
    ['Can I get figures from 2020?', /No, there is no data for 2020/],
    ['Are 2021 figures available?', /No, there is no data for 2021/],
    ['Har ni 2022 års siffror?', /Nej, det finns ingen data för 2022/],
    ['Finns 2022?', /Nej, det finns ingen data för 2022/],
  ])('"%s"', async (question, expected) => {
    const answer = await ask(question);
    expect(answer.toolCalls).toEqual([]);
    expect(answer.answer).toMatch(expected);
  });
});

describe('who we know in a city', () => {
  it.each([
    ['Who do we know in Hamburg?', 'Hamburg'],
    ['Vem känner vi i Milano?', 'Milano'],
    ['Har vi några partner i Rom?', 'Roma'],
  ])('"%s"', async (question, inName) => {
    const answer = await ask(question);
    const names = projects2024().flatMap((project) => [...project.partners, ...(project.lead ? [project.lead] : [])].map((partner) => partner.organisation)).filter((name) => name.includes(inName));
    expect(names.length).toBeGreaterThan(0);
    expect(names.some((name) => answer.answer.includes(name))).toBe(true);
  });
});

describe('"the biggest project" is one answer', () => {
  it.each(["What's the biggest project?", 'Which is the committee with the most projects?'])('"%s"', async (question) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.tool).toBe('aggregate');
    expect(answer.answer.split('\n')[0]).not.toMatch(/^Ranking/);
    expect(answer.answer).toMatch(/Next:/);
  });
  it('"the biggest projects" is a ranking', async () => {
    expect((await ask('What are the biggest projects?')).answer).toMatch(/^Ranking/);
  });
});

describe('more status words', () => {
  it.each([
    ['How many projects wrapped up in 2024?', 'ended'],
    ['Which projects were launched in 2024?', 'started'],
    ['Which projects concluded in 2024?', 'ended'],
    ['Vilka projekt inleddes 2024?', 'started'],
  ])('"%s" → %s', async (question, status) => {
    expect((await ask(question)).toolCalls[0]?.args).toMatchObject({ status });
  });
});
