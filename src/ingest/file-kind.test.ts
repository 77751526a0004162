import { describe, expect, test } from 'vitest';
import { detectFileKind, MAX_SUBMISSION_BYTES } from './file-kind.js';
import { makeWorkbook, makeWordDocument } from './__fixtures__/make-files.js';

const message = (result: ReturnType<typeof detectFileKind>): string | null => ('problem' in result ? result.problem.message : null);

describe('detectFileKind', () => {
  test('real files of each kind are accepted', async () => {
    const workbook = await makeWorkbook({ Uppgifter: [['Fält', 'Värde']] });
    const word = await makeWordDocument({ headerLines: ['År: 2024'], sections: [] });
    expect(detectFileKind('a.xlsx', workbook)).toEqual({ kind: 'excel' });
    expect(detectFileKind('a.DOCX', word)).toEqual({ kind: 'word' });
    expect(detectFileKind('a.pdf', Buffer.from('%PDF-1.4\n...'))).toEqual({ kind: 'pdf' });
    expect(detectFileKind('a.md', Buffer.from('---\når: 2024\n---\nÅäö'))).toEqual({ kind: 'markdown' });
  });

  test('content that does not match the extension is refused', async () => {
    const workbook = await makeWorkbook({ Uppgifter: [['Fält', 'Värde']] });
    const word = await makeWordDocument({ headerLines: ['År: 2024'], sections: [] });
    expect(message(detectFileKind('a.docx', Buffer.from('slumpmässiga byte')))).toMatch(/är ingen Word-fil/);
    expect(message(detectFileKind('a.docx', workbook))).toMatch(/ZIP-fil men inget Word-dokument/);
    expect(message(detectFileKind('a.xlsx', word))).toMatch(/ZIP-fil men ingen Excel-arbetsbok/);
    expect(message(detectFileKind('a.pdf', Buffer.from('<html></html>')))).toMatch(/är ingen PDF/);
    expect(message(detectFileKind('a.md', workbook))).toMatch(/binära data/);
    expect(message(detectFileKind('a.md', Buffer.from([0x4e, 0xe4, 0x6d, 0x6e, 0x64])))).toMatch(/UTF-8/);
  });

  test('empty, too large, unknown and old formats', () => {
    expect(message(detectFileKind('a.pdf', Buffer.alloc(0)))).toMatch(/är tom/);
    expect(message(detectFileKind('a.pdf', Buffer.alloc(MAX_SUBMISSION_BYTES + 1)))).toMatch(/högst 20 MB/);
    expect(message(detectFileKind('a.pdf', Buffer.concat([Buffer.from('%PDF'), Buffer.alloc(MAX_SUBMISSION_BYTES - 4)])))).toBeNull();
    expect(message(detectFileKind('a.txt', Buffer.from('x')))).toBe('har en filtyp som inte kan läsas (.txt) — godkända filtyper är .md, .xlsx, .docx, .pdf');
    expect(message(detectFileKind('a.xls', Buffer.from('x')))).toMatch(/gamla Excel-formatet/);
    expect(message(detectFileKind('README', Buffer.from('x')))).toMatch(/ingen filändelse/);
  });
});
