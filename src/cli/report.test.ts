import { describe, expect, it } from 'vitest';
import { parseReportArgs } from './report.js';

describe('npm run report arguments', () => {
  it('needs a four-digit year and says so in Swedish', () => {
    expect(parseReportArgs([])).toEqual({ error: expect.stringMatching(/Ange rapportåret med --year/) });
    expect(parseReportArgs(['--year', '24'])).toEqual({ error: expect.stringMatching(/fyra siffror/) });
  });
  it('checks the file endings and names unknown flags', () => {
    expect(parseReportArgs(['--year', '2024', '--out', 'x.pdf'])).toEqual({ error: expect.stringMatching(/--out ska sluta på \.docx/) });
    expect(parseReportArgs(['--year', '2024', '--xlsx', 'x.csv'])).toEqual({ error: expect.stringMatching(/--xlsx ska sluta på \.xlsx/) });
    expect(parseReportArgs(['--yaer', '2024'])).toEqual({ error: 'Okänd flagga --yaer.' });
  });
  it('defaults the Word file name to the year', () => {
    expect(parseReportArgs(['--year', '2024'])).toEqual({ year: 2024, out: 'redovisning-internationellt-arbete-2024.docx', xlsx: null, data: undefined });
  });
});
