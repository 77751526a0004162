import { describe, expect, it } from 'vitest';
import { auditRowsToCsv, csvField, AUDIT_CSV_COLUMNS } from './audit-csv.js';
import type { AuditAnswerRecord } from './audit-record.js';

/** A small RFC 4180 reader, to prove the export parses back to the same values. */
function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  return rows;
}

const answer = (question: string): AuditAnswerRecord => ({
  id: 'id-1',
  time: '2026-05-01T10:00:00.000Z',
  user: 'u'.repeat(32),
  conversation: 'c'.repeat(32),
  conversationType: 'personal',
  question,
  toolCalls: [{ tool: 'list_projects', args: { programme: 'Interreg, "Öresund"' } }],
  sources: [{ title: 'Projekt', ref: '2024/projects.json' }, { title: 'Tabell', ref: '2024/published.json#namnd' }],
  mode: 'embedded',
  latencyMs: 42,
  outcome: 'answered',
  replyId: null,
});

describe('auditRowsToCsv', () => {
  it('quotes separators, quotes and line breaks so every row parses back to its values', () => {
    const question = 'Vilka "Interreg"-projekt,\nfinns i Malmö; och hur många?';
    const csv = auditRowsToCsv([{ answer: answer(question), feedback: { id: 'f', time: '2026-05-01T10:01:00.000Z', user: 'u', conversation: 'c', answerId: 'id-1', replyId: null, reaction: 'dislike', text: 'Saknar "ASN"' } }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    const cells = Object.fromEntries(AUDIT_CSV_COLUMNS.map((column, index) => [column, rows[1]?.[index]]));
    expect(cells.fraga).toBe(question);
    expect(cells.verktyg).toBe('list_projects({"programme":"Interreg, \\"Öresund\\""})');
    expect(cells.kallor).toBe('2024/projects.json; 2024/published.json#namnd');
    expect(cells.latens_ms).toBe('42');
    expect(cells.aterkoppling).toBe('dislike');
    expect(cells.aterkoppling_text).toBe('Saknar "ASN"');
  });

  it('neutralises cells that Excel would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe('-5');
  });

  it('uses the separator asked for, quoting fields that contain it', () => {
    const csv = auditRowsToCsv([{ answer: answer('a;b'), feedback: null }], { separator: ';', byteOrderMark: false });
    const rows = parseCsv(csv, ';');
    expect(rows[1]?.[5]).toBe('a;b');
    expect(rows[1]).toHaveLength(AUDIT_CSV_COLUMNS.length);
  });
});
