import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a synthetic data folder `years` times the sample's size: the sample's latest project year
 * copied into `years` consecutive years ending with it, each with its own project ids and names
 * (so that the name lexicon grows too), paid amounts varied, its published tables and its
 * submissions with the year changed. Marked as synthetic in every file's note.
 */
export function writeSyntheticData(sampleDir: string, targetDir: string, years = 20): { years: number[]; projects: number; submissions: number } {
  const folders = readdirSync(sampleDir).filter((name) => /^\d{4}$/.test(name)).sort();
  const latest = [...folders].reverse().find((folder) => existsSync(join(sampleDir, folder, 'projects.json')));
  if (!latest) throw new Error(`ingen projects.json i ${sampleDir}`);
  const latestYear = Number(latest);
  const projectFile = JSON.parse(readFileSync(join(sampleDir, latest, 'projects.json'), 'utf8')) as { year: number; note: string; projects: Array<Record<string, unknown>> };
  const publishedPath = join(sampleDir, latest, 'published.json');
  const published = existsSync(publishedPath) ? (JSON.parse(readFileSync(publishedPath, 'utf8')) as Record<string, unknown>) : null;
  const submissionsDir = join(sampleDir, latest, 'underlag');
  const submissionFiles = existsSync(submissionsDir) ? readdirSync(submissionsDir).filter((name) => name.endsWith('.md')) : [];
  const written: number[] = [];
  let projectCount = 0;
  for (let offset = years - 1; offset >= 0; offset--) {
    const year = latestYear - offset;
    const yearDir = join(targetDir, String(year));
    mkdirSync(join(yearDir, 'underlag'), { recursive: true });
    const factor = 0.8 + ((year * 7) % 5) / 10;
    const projects = projectFile.projects.map((project) => ({
      ...project,
      id: offset === 0 ? project.id : `${String(project.id)}-${year}`,
      name: offset === 0 ? project.name : `${String(project.name)} ${year}`,
      participations: (project.participations as Array<{ paidKr: number }>).map((participation) => ({ ...participation, paidKr: Math.round(participation.paidKr * factor) })),
      totalBudgetKr: null,
    }));
    projectCount += projects.length;
    writeFileSync(join(yearDir, 'projects.json'), JSON.stringify({ year, note: `Syntetisk benchmarkdata härledd från ${latestYear}.`, projects }));
    if (published) writeFileSync(join(yearDir, 'published.json'), JSON.stringify({ ...published, year, source: `Syntetisk (${year})` }));
    for (const file of submissionFiles) {
      const text = readFileSync(join(submissionsDir, file), 'utf8').replace(/^(år:\s*)\d{4}/m, `$1${year}`);
      writeFileSync(join(yearDir, 'underlag', file), text);
    }
    written.push(year);
  }
  if (folders.includes(String(latestYear - years))) cpSync(join(sampleDir, String(latestYear - years)), join(targetDir, String(latestYear - years)), { recursive: true });
  return { years: written, projects: projectCount, submissions: submissionFiles.length * years };
}
