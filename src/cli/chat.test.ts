import { PassThrough } from 'node:stream';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../test-support/datasets.js';
import { createAssistant } from '../assistant/create-assistant.js';
import { chatStep, runChat } from './chat.js';

describe('npm run chat', () => {
  it('knows its commands in Swedish and English', () => {
    const dataset = fixtureDataset();
    expect(chatStep('/avsluta', dataset)).toEqual({ kind: 'exit' });
    expect(chatStep('/exit', dataset)).toEqual({ kind: 'exit' });
    expect(chatStep('/hjälp', dataset)).toMatchObject({ kind: 'print', text: expect.stringContaining('/exempel') });
    expect(chatStep('/exempel', dataset)).toMatchObject({ kind: 'print', text: expect.stringMatching(/^- .+\?/) });
    expect(chatStep('  ', dataset)).toEqual({ kind: 'nothing' });
    expect(chatStep('Hur mycket fick ASN?', dataset)).toEqual({ kind: 'ask', question: 'Hur mycket fick ASN?' });
  });

  it('keeps the conversation between questions', async () => {
    const dataset = fixtureDataset();
    const input = new PassThrough();
    const lines = createInterface({ input, terminal: false });
    let output = '';
    const done = runChat(lines, createAssistant({ dataset }), dataset, (text) => { output += text; });
    input.end('Hur många projekt har miljönämnden?\nhur mycket fick de?\n/avsluta\n');
    await done;
    expect(output).toContain('3 projekt');
    expect(output).toContain('2 400 000 kr');
  });
});
