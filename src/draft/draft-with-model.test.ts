import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load-dataset.js';
import { draftWithModel, type DraftModelClient } from './draft-with-model.js';
import { loadDraftPrompt } from './draft-prompt.js';

const dataset = loadDataset(join(import.meta.dirname, '..', 'search', '__fixtures__', 'data'));

/** A fake OpenAI client: returns scripted replies in order and records every request. */
function fakeClient(replies: string[]): { client: DraftModelClient; requests: Array<Record<string, unknown>> } {
  const requests: Array<Record<string, unknown>> = [];
  const client = {
    chat: {
      completions: {
        create: async (body: Record<string, unknown>) => {
          requests.push(body);
          return { choices: [{ message: { role: 'assistant', content: replies.shift() ?? '' } }] };
        },
      },
    },
  } as unknown as DraftModelClient;
  return { client, requests };
}

describe('draftWithModel', () => {
  it('sends the prompt with the förvaltning’s passages and returns sentences with their sources', async () => {
    const reply = JSON.stringify({
      sentences: [
        { text: 'Miljöförvaltningen ledde under 2024 Klimatrådslaget, där 120 slumpvis utvalda malmöbor tog fram 34 förslag till stadens klimatarbete.', sources: [1] },
        { text: 'Genom ARCADIA har förvaltningen testat naturbaserade lösningar för dagvatten, och erfarenheterna används nu i stadens skyfallsplanering.', sources: [2] },
      ],
    });
    const { client, requests } = fakeClient([reply]);
    const draft = await draftWithModel({ dataset, client, model: 'test-model', forvaltning: 'Miljöförvaltningen', year: 2024 });
    expect(requests).toHaveLength(1);
    const message = (requests[0]!.messages as Array<{ content: string }>)[0]!.content;
    expect(message).toContain('Förvaltning: Miljöförvaltningen');
    expect(message).toContain('[1] ');
    expect(message).toContain('34 förslag');
    expect(message).not.toContain('Perfare');
    expect(requests[0]!.model).toBe('test-model');
    expect(draft.mode).toBe('model');
    expect(draft.sentences).toHaveLength(2);
    expect(draft.sentences[0]!.sources[0]!.file).toBe('2024/underlag/miljoforvaltningen.md');
    expect(draft.flagged).toEqual([]);
  });

  it('removes a sentence with an invented number or name and rewrites first person', async () => {
    const reply = JSON.stringify({
      sentences: [
        { text: 'Vi ledde Klimatrådslaget, där 34 förslag togs fram.', sources: [1] },
        { text: 'Förvaltningen tog också emot 400 besökare från Oslo.', sources: [1] },
        { text: 'Tillsammans med Köpenhamns kommun startades projektet Grönbo.', sources: [] },
      ],
    });
    const { client } = fakeClient([reply]);
    const draft = await draftWithModel({ dataset, client, model: 'm', forvaltning: 'MN', year: 2024, compare: false });
    expect(draft.paragraph).toBe('Miljöförvaltningen ledde Klimatrådslaget, där 34 förslag togs fram.');
    expect(draft.flagged.map((item) => item.action)).toEqual(['removed', 'removed']);
    expect(draft.flagged.flatMap((item) => item.unsupported.map((entry) => entry.text))).toEqual(expect.arrayContaining(['400', 'Oslo', 'Köpenhamns', 'Grönbo']));
    expect(draft.notes.join(' ')).toContain('bara');
  });

  it('accepts plain prose from a model that ignores the JSON format', async () => {
    const { client } = fakeClient(['Kulturförvaltningen har deltagit i Perfare. Inom projektet har 14 föreställningar getts på vårdboenden i Malmö.']);
    const draft = await draftWithModel({ dataset, client, model: 'm', forvaltning: 'Kulturförvaltningen', year: 2024 });
    expect(draft.sentences.map((sentence) => sentence.text)).toEqual([
      'Kulturförvaltningen har deltagit i Perfare.',
      'Inom projektet har 14 föreställningar getts på vårdboenden i Malmö.',
    ]);
  });

  it('does not call the model for a förvaltning without a submission', async () => {
    const { client, requests } = fakeClient([]);
    const draft = await draftWithModel({ dataset, client, model: 'm', forvaltning: 'GSN', year: 2024 });
    expect(draft.status).toBe('no-submission');
    expect(requests).toHaveLength(0);
  });

  it('reads its prompt and settings from prompts/draft/', async () => {
    const prompt = await loadDraftPrompt();
    expect(prompt.template).toContain('{{passages}}');
    expect(prompt.config.completion.response_format).toBe('json_object');
  });
});
