import { describe, expect, it } from 'vitest';
import { parseBotCommand } from './bot-command.js';

describe('parseBotCommand', () => {
  it.each([
    ['hjälp', { kind: 'help' }],
    ['Hjälp!', { kind: 'help' }],
    ['/help', { kind: 'help' }],
    ['exempel', { kind: 'examples' }],
    ['Examples', { kind: 'examples' }],
    ['utkast Miljöförvaltningen', { kind: 'draft', forvaltning: 'Miljöförvaltningen' }],
    ['utkast för  Kulturförvaltningen.', { kind: 'draft', forvaltning: 'Kulturförvaltningen' }],
    ['draft Kulturförvaltningen', { kind: 'draft', forvaltning: 'Kulturförvaltningen' }],
    ['utkast', { kind: 'draft', forvaltning: '' }],
    ['   ', { kind: 'empty' }],
    [undefined, { kind: 'empty' }],
    ['Hur mycket fick ASN 2024?', { kind: 'question', text: 'Hur mycket fick ASN 2024?' }],
    ['hjälp mig hitta Interreg-projekt', { kind: 'question', text: 'hjälp mig hitta Interreg-projekt' }],
    ['utkastet från förra året?', { kind: 'question', text: 'utkastet från förra året?' }],
  ])('%j → %j', (text, expected) => {
    expect(parseBotCommand(text)).toEqual(expected);
  });
});
