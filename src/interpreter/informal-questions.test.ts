import { describe, expect, it } from 'vitest';
import { converse } from '../test-support/converse.js';
import { unitShortForms } from '../domain/organisation.js';

const run = async (questions: string[]) => (await converse(questions)).answers;

describe('informal short forms of units are derived from the unit names', () => {
  it('derives definite forms from compound parts, and no form from "Stadskontoret"', () => {
    const forms = unitShortForms();
    expect(forms.get('grundskolan')).toEqual(['gsn']);
    expect(forms.get('gymnasiet')).toEqual(['gvn']);
    expect(forms.get('vuxenutbildningen')).toEqual(['gvn']);
    expect(forms.get('forskolan')).toEqual(['fsn']);
    expect(forms.get('gymnasieskolan')).toEqual(['gvn']);
    expect(forms.get('gymnasieskolorna')).toEqual(['gvn']);
    expect(forms.has('staden')).toBe(false);
  });

  it.each([
    ['Har gymnasieskolan några EU-projekt?', 'find_projects'],
    ['Hur mycket fick gymnasieskolorna 2024?', 'aggregate'],
  ])('"%s" is about the Gymnasie- och vuxenutbildningsnämnden', async (question, tool) => {
    const [answer] = await run([question]);
    expect(answer!.toolCalls[0]).toMatchObject({ tool, args: { namnd: 'gvn' } });
  });

  it('a short form two units share maps to both (the interpreter then asks which)', () => {
    const units = [
      { id: 'kfn', namn: 'Kultur- och fritidsnämnden', forvaltning: 'Kultur- och fritidsförvaltningen', namndForkortningar: [], forvaltningForkortningar: [], andraNamn: [] },
      { id: 'frn', namn: 'Fritidsnämnden', forvaltning: 'Fritidsförvaltningen', namndForkortningar: [], forvaltningForkortningar: [], andraNamn: [] },
    ];
    const forms = unitShortForms(units);
    expect(forms.get('fritiden')).toEqual(['kfn', 'frn']);
    expect(forms.get('kulturen')).toEqual(['kfn']);
  });

  it.each([
    ['hur mkt fick grundskolan?', 'gsn'],
    ['vad fick förskolan 2024?', 'fsn'],
    ['hur mycket pengar fick gymnasie o vuxenutbildningen?', 'gvn'],
    ['hur mkt fick vuxenutbildningen i EU-medel?', 'gvn'],
    ['how much did kulturen get?', 'kn'],
    ['hur mycket fick fritid?', 'frn'],
  ])('"%s" is about %s', async (question, namnd) => {
    const [answer] = await run([question]);
    expect(answer!.toolCalls[0]!.tool).toBe('aggregate');
    expect(answer!.toolCalls[0]!.args.namnd).toBe(namnd);
  });

  it.each([
    ['hur mycket fick grundskolan?', 'och gymnasiet då?', 'gvn'],
    ['vad fick kulturen 2024?', 'och fritid?', 'frn'],
    ['hur mkt fick förskolan?', 'och grundskolan?', 'gsn'],
  ])('"%s" then "%s" asks the same of the new unit', async (first, second, namnd) => {
    const [, answer] = await run([first, second]);
    expect(answer!.toolCalls[0]!.tool).toBe('aggregate');
    expect(answer!.toolCalls[0]!.args.namnd).toBe(namnd);
  });

  it.each([
    'finns det projekt om miljön?',
    'vilka projekt handlar om fritid för unga?',
  ])('a short form after a topic preposition stays a topic: "%s"', async (question) => {
    const [answer] = await run([question]);
    expect(answer!.toolCalls.every((call) => call.args.namnd === undefined || call.tool === 'search_submissions')).toBe(true);
  });
});

describe('status said in everyday words filters on ended or started', () => {
  it.each([
    ['vilka projekt tog slut 2024?', 'ended'],
    ['hur många projekt gick ut 2024?', 'ended'],
    ['vilka projekt upphörde under 2024?', 'ended'],
    ['which projects came to an end in 2024?', 'ended'],
    ['vilka projekt drog igång 2024?', 'started'],
    ['hur många nya projekt kom igång 2024?', 'started'],
    ['how many new projects got going in 2024?', 'started'],
  ])('"%s" → %s', async (question, status) => {
    const [answer] = await run([question]);
    expect(answer!.toolCalls[0]!.args.status).toBe(status);
  });

  it('a count of at most 15 names the projects', async () => {
    const [answer] = await run(['hur många projekt tog slut 2024?']);
    const count = Number(/(\d+) projekt/.exec(answer!.answer)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(15);
    expect(answer!.toolCalls.map((call) => call.tool)).toContain('find_projects');
  });
});

describe('the city itself as project owner counts the owner role across all units', () => {
  it.each([
    'i hur många projekt är Malmö själv projektägare?',
    'i hur många projekt är stan projektägare?',
    'i hur många projekt är vi själva projektägare?',
    'in how many projects is the city itself the owner?',
    'hur många projekt leder stan själv?',
    'how many projects does Malmö own?',
  ])('"%s"', async (question) => {
    const [answer] = await run([question]);
    const call = answer!.toolCalls[0]!;
    expect(call.tool).toBe('aggregate');
    expect(call.args).toMatchObject({ role: 'Projektägare' });
    expect(call.args.namnd).toBeUndefined();
  });
});

describe('existence questions list the projects', () => {
  it.each([
    ['finns det några URBACT-projekt?', ['URBACT']],
    ['any LIFE projects?', ['LIFE']],
    ['har vi några Erasmus+-projekt?', ['Erasmus+']],
    ['do we have any AMIF or CERV projects?', ['AMIF', 'CERV']],
    ['har vi nåt AMIF eller CERV?', ['AMIF', 'CERV']],
    ['har miljönämnden några LIFE-projekt?', ['LIFE']],
    ['does the environment committee have any LIFE projects?', ['LIFE']],
  ])('"%s"', async (question, programmes) => {
    const [answer] = await run([question]);
    expect(answer!.toolCalls.map((call) => call.tool)).toEqual(programmes.map(() => 'find_projects'));
    expect(answer!.toolCalls.map((call) => call.args.programme ?? call.args.family)).toEqual(programmes);
    for (const programme of programmes) expect(answer!.answer).toContain(`— ${programme}`);
  });
});

describe('"program" ranks programmes; the families only when the question says family', () => {
  it.each([
    ['Vilket program gav miljönämnden mest pengar?', 'programme'],
    ['vilket program fick mest EU-medel 2024?', 'programme'],
    ['which programme gave the environment committee the most money?', 'programme'],
    ['vilken programfamilj gav miljönämnden mest pengar?', 'family'],
    ['vilken typ av program fick mest pengar?', 'family'],
    ['which programme family received the most?', 'family'],
    ['vilket program inom Horisont fick mest?', 'programme'],
    ['vilket program fick mest, ESF eller Interreg?', 'family'],
  ])('"%s" → %s', async (question, groupBy) => {
    const [answer] = await run([question]);
    expect(answer!.toolCalls[0]!.tool).toBe('aggregate');
    expect(answer!.toolCalls[0]!.args.groupBy).toBe(groupBy);
  });
});

describe('"A mot B", "A vs B" compares two programmes; common words never name a partner', () => {
  it.each([
    ['ESF+ mot Erasmus+ – hur står de sig?'],
    ['ESF+ vs Erasmus+'],
    ['how do ESF+ and Erasmus+ line up against each other?'],
    ['Interreg vs Horisont Europa'],
    ['Horisont Europa mot Interreg, hur står de sig?'],
  ])('"%s"', async (question) => {
    const [answer] = await run([question]);
    const tools = answer!.toolCalls.map((call) => call.tool);
    expect(tools.every((tool) => tool === 'aggregate')).toBe(true);
    expect(answer!.answer).toMatch(/Skillnad|Difference/);
  });

  it('a family against a programme gives each one\'s own total', async () => {
    const [answer] = await run(['Interreg vs Horisont Europa']);
    const totals = answer!.toolCalls.filter((call) => call.args.versus === undefined);
    expect(totals.map((call) => call.args.family ?? call.args.programme).sort()).toEqual(['Horisont Europa', 'Interreg']);
    // The difference stated is the tool's: one more call, the first total against the second.
    expect(answer!.toolCalls.find((call) => call.args.versus !== undefined)?.args).toMatchObject({ family: 'Interreg', versus: { programme: 'Horisont Europa' } });
    expect(answer!.answer).toMatch(/Skillnad: .+ fick [\d ]+ kr mer än/);
  });
});

describe('cooperation with a city or an organisation looks up the partners', () => {
  it.each([
    ['vad har vi för samarbeten med Gdansk', 'Gdańsk'],
    ['samarbetar vi med någon i gdańsk?', 'Gdańsk'],
    ['samarbetar vi med någon i Lissabon?', 'Lisboa'],
    ['what cooperation do we have with Lisbon?', 'Lisboa'],
    ['vad har vi för samarbeten med gdansk?', 'Gdańsk'],
  ])('"%s"', async (question, nameInData) => {
    const [answer] = await run([question]);
    expect(answer!.toolCalls[0]!.tool).not.toBe('search_submissions');
    expect(answer!.answer).toContain(nameInData);
  });
});

describe('the report set against the data for one table row gives both figures and the gap', () => {
  it.each([
    ['Övriga-posten: vad står i rapporten och vad säger datat?', { family: 'Övriga' }, true],
    ['stämmer rapportens siffra för Övriga med projektlistan?', { family: 'Övriga' }, true],
    ['skiljer sig rapporten från datan för ESF?', { family: 'ESF' }, false],
    ['stämmer ASN:s siffra i rapporten med datat?', { namnd: 'asn' }, false],
    ["does the report's figure for Interreg match the data?", { family: 'Interreg' }, false],
    ['vad säger rapporten om ESF jämfört med datan?', { family: 'ESF' }, false],
  ])('"%s"', async (question, filter, differs) => {
    const [answer] = await run([question]);
    expect(answer!.toolCalls[0]!.tool).toBe('aggregate');
    expect(answer!.toolCalls[0]!.args).toMatchObject({ ...filter, groupBy: 'none' });
    const text = answer!.answer.replace(/SEK /g, '');
    const published = /(?:anger|report gives) (?:cirka |about )?(\d[\d ,]*\d)/.exec(text)?.[1];
    const computed = /(?:projektlistan ger|project list gives) (\d[\d ,]*\d)/.exec(text)?.[1];
    expect(published).toBeTruthy();
    expect(computed).toBeTruthy();
    expect(published !== computed).toBe(differs);
    expect(answer!.answer).toMatch(/skillnad|difference/);
  });
});

describe('a follow-up asking for the total of the previous list sums it', () => {
  it.each([
    ['vilka projekt har miljönämnden?', 'hur mycket blev det ihop för dem?', 'Totalt'],
    ['vilka projekt har grundskolenämnden?', 'vad blir det totalt?', 'Totalt'],
    ['vilka ESF-projekt finns det?', 'vad blev det sammanlagt?', 'Totalt'],
    ['which projects does the culture committee have?', 'what does that add up to?', 'Total'],
  ])('"%s" then "%s"', async (first, second, totalWord) => {
    const [list, sum] = await run([first, second]);
    const listTotal = /(?:sammanlagt|SEK) ([\d ,]+?) (?:kr )?(?:utbetalt|paid)/.exec(list!.answer)?.[1];
    expect(listTotal).toBeTruthy();
    expect(sum!.toolCalls[0]!.tool).toBe('aggregate');
    // Asked for the total, the answer opens with it; otherwise it closes the per-project list.
    expect(sum!.answer).toMatch(new RegExp(`^(Sammanlagt|In total) |${totalWord} 2024:`, 'm'));
    expect(sum!.answer).toContain(listTotal!);
  });
});

describe('events and outcomes told in the submissions are searched, not listed', () => {
  it.each([
    ['How many attended the conference that SBK ran with LFM30?', 'sbn'],
    ['hur många deltog i konferensen som stadsbyggnadskontoret ordnade med LFM30?', 'sbn'],
    ['hur många kom på konferensen som SBK höll?', 'sbn'],
  ])('"%s" searches the named förvaltning', async (question, namnd) => {
    const [answer] = await run([question]);
    expect(answer!.toolCalls[0]!.tool).toBe('search_submissions');
    expect(answer!.toolCalls[0]!.args.namnd).toBe(namnd);
  });

  it.each([
    'Vad kom ungdomskonferensen i U-LYNC fram till för teman?',
    'what themes did the youth conference in U-LYNC come up with?',
    'vilka slutsatser kom man fram till i U-LYNC?',
    'vad ledde projektet Närvaroteam Malmö till?',
  ])('"%s" searches rather than showing the project card', async (question) => {
    const [answer] = await run([question]);
    expect(answer!.toolCalls[0]!.tool).toBe('search_submissions');
  });
});

describe('a bare short form mid-sentence is a topic word, not a unit', () => {
  it('"demens och kultur, vem …" keeps kultur as a topic', async () => {
    const [answer] = await run(['jag jobbar med demens och kultur, vem i staden har erfarenhet av EU-projekt om det?']);
    expect(answer!.toolCalls.every((call) => call.args.namnd === undefined || call.args.namnd === 'kn' && call.tool === 'contact_persons')).toBe(true);
    expect(answer!.answer).toContain('Perfare');
  });
});

describe('two units by short form are set against each other', () => {
  it.each([
    ['hur står sig grundskolan mot gymnasiet?', ['gsn', 'gvn']],
    ['jämför kulturen och fritid', ['kn', 'frn']],
  ])('"%s"', async (question, namnder) => {
    const [answer] = await run([question]);
    expect(answer!.toolCalls[0]!.args.namnd).toEqual(namnder);
  });
});

describe('a short form is the unit only where it is the subject', () => {
  it.each([
    ['vilka projekt avslutades för grundskolan?', 'gsn'],
    ['vad har förskolan för projekt?', 'fsn'],
    ['kulturens projekt?', 'kn'],
  ])('"%s" → %s', async (question, namnd) => {
    const [answer] = await run([question]);
    expect(answer!.toolCalls[0]!.args.namnd).toBe(namnd);
  });

  it.each(['hur påverkar projekten miljön?', 'vilka projekt handlar om arbetsmarknaden?'])('"%s" is no unit', async (question) => {
    const [answer] = await run([question]);
    expect(answer!.toolCalls.every((call) => call.args.namnd === undefined)).toBe(true);
  });
});
