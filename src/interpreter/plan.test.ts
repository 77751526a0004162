import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../test-support/datasets.js';
import { lexiconFor } from './lexicon.js';
import { linkEntities } from './link-entities.js';
import { normaliseQuestion } from './normalise.js';
import { recogniseIntent } from './recognise-intent.js';
import { planToolCalls } from './plan.js';
import type { InterpreterContext } from './context.js';

const options = { availableTools: new Set(['find_projects', 'aggregate', 'compare_years', 'project_details', 'organisation_lookup', 'published_figures', 'reconciliation']), hasSearch: false };

function planFor(question: string, context: InterpreterContext | null = null) {
  const normalised = normaliseQuestion(question);
  const entities = linkEntities(normalised, lexiconFor(fixtureDataset()));
  return planToolCalls(recogniseIntent(normalised, entities, context !== null), entities, context, options);
}

describe('planToolCalls', () => {
  it('plans an aggregate for a sum with the nämnd as its id', () => {
    expect(planFor('Hur mycket fick ASN 2024?').calls).toEqual([{ tool: 'aggregate', args: { year: 2024, namnd: 'asn', groupBy: 'none' } }]);
  });

  it('plans find_projects for a list with programme family and status', () => {
    expect(planFor('Vilka Interreg-projekt avslutades 2024?').calls).toEqual([{ tool: 'find_projects', args: { year: 2024, family: 'Interreg', status: 'ended' } }]);
  });

  it('plans a ranking and a threshold', () => {
    expect(planFor('Vilken nämnd fick mest pengar?').calls[0]).toMatchObject({ tool: 'aggregate', args: { groupBy: 'namnd', sortBy: 'paidKr', order: 'desc' } });
    expect(planFor('Vilka projekt fick mer än 1 miljon?').calls[0]).toMatchObject({ args: { groupBy: 'project', threshold: { field: 'paidKr', op: 'gt', value: 1_000_000 } } });
  });

  it('carries the filter of the previous turn into a follow-up', () => {
    const context: InterpreterContext = {
      kind: 'count', filter: { year: 2024, namnd: ['mn'] }, groupBy: null, sortBy: 'projects', order: 'desc', limit: null, measures: ['count'],
      threshold: null, singular: false, year: 2024, projectName: null, organisation: null, projectIds: null,
    };
    expect(planFor('vilka av dem är Interreg?', context).calls[0]).toEqual({ tool: 'find_projects', args: { year: 2024, namnd: 'mn', family: 'Interreg' } });
    expect(planFor('och 2023?', context).calls[0]).toEqual({ tool: 'aggregate', args: { year: 2023, namnd: 'mn', groupBy: 'none' } });
  });

  it('answers without tools when the nämnd is unknown or the feature is missing', () => {
    expect(planFor('Hur mycket fick Sjöfartsnämnden?')).toMatchObject({ reply: 'unknown_unit', calls: [] });
    expect(planFor('Vad skriver miljöförvaltningen om luftkvalitet?')).toMatchObject({ reply: 'search_unavailable', calls: [] });
  });
});
