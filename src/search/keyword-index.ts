import MiniSearch from 'minisearch';
import type { Passage } from './passages.js';
import { SubwordLexicon, tokenize, wordTerms } from './swedish-terms.js';

export interface RankedId {
  id: string;
  score: number;
}

export type PassageFilter = (passage: Passage) => boolean;

/**
 * BM25-style keyword ranking (MiniSearch) over passages: Swedish stems, compound parts,
 * prefix matches and typo tolerance (fuzzy 0.2). Project names and förvaltning names are
 * indexed as their own fields and weigh more, so exact names come first.
 */
export class KeywordIndex {
  private readonly search: MiniSearch<Passage & { title: string; name: string }>;
  private readonly byId = new Map<string, Passage>();

  constructor(passages: Passage[], lexicon: SubwordLexicon) {
    this.search = new MiniSearch<Passage & { title: string; name: string }>({
      fields: ['name', 'title', 'text'],
      storeFields: [],
      tokenize: (text) => tokenize(text),
      // Names are matched whole: a compound part of a project name ("…projekt") is no evidence.
      processTerm: (term, fieldName) => {
        const terms = wordTerms(term, lexicon);
        if (terms.length === 0) return null;
        return fieldName === 'name' ? terms[0] : terms;
      },
      searchOptions: {
        boost: { name: 2, title: 1.5 },
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        prefix: (term) => term.length >= 4,
        combineWith: 'OR',
      },
    });
    this.search.addAll(passages.map((passage) => ({ ...passage, name: passage.project ?? '', title: `${passage.forvaltning} ${passage.section}` })));
    for (const passage of passages) this.byId.set(passage.id, passage);
  }

  query(text: string, limit: number, filter?: PassageFilter): RankedId[] {
    const results = this.search.search(text, {
      filter: filter ? (result) => {
        const passage = this.byId.get(String(result.id));
        return passage ? filter(passage) : false;
      } : undefined,
    });
    return results.slice(0, limit).map((result) => ({ id: String(result.id), score: result.score }));
  }
}
