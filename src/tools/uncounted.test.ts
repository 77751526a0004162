import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/datasets.js';
import { isCounted } from '../domain/project.js';
import { runTool } from './registry.js';
import type { AggregateOutput } from './aggregate.js';
import type { FindProjectsOutput } from './find-projects.js';

const uncounted = () => (sampleDataset().years.find((year) => year.year === 2024)?.projects ?? [])
  .filter((project) => !isCounted(project) && project.partners.length + (project.lead ? 1 : 0) > 0);

async function run<T>(name: string, args: Record<string, unknown>): Promise<T> {
  const result = await runTool(name, args, { dataset: sampleDataset() });
  if (!result.ok) throw new Error(result.error.message);
  return result.output as T;
}

describe('projects the report names but does not count', () => {
  it.each(['aggregate', 'find_projects'])('%s reports them when a partner filter matches nothing counted', async (tool) => {
    const project = uncounted()[0]!;
    const partner = (project.lead ?? project.partners[0])!.organisation;
    const output = await run<AggregateOutput & FindProjectsOutput>(tool, { year: 2024, partner, ...(tool === 'aggregate' ? { groupBy: 'none' } : {}) });
    expect(output.uncounted?.map((entry) => entry.id)).toContain(project.id);
    expect(output.uncounted?.find((entry) => entry.id === project.id)?.collaborators.length).toBe(project.collaborators.length);
  });

  it('are not reported when counted projects match, or with a nämnd filter', async () => {
    const counted = await run<AggregateOutput>('aggregate', { year: 2024, groupBy: 'none' });
    expect(counted.uncounted).toBeUndefined();
    const project = uncounted()[0]!;
    const partner = (project.lead ?? project.partners[0])!.organisation;
    const withNamnd = await run<AggregateOutput>('aggregate', { year: 2024, partner, namnd: 'mn', groupBy: 'none' });
    expect(withNamnd.uncounted ?? []).toEqual([]);
  });
});
