import type { Source } from '../tools/tool.js';
import { cardText } from './plain-text.js';

/** Teams shows at most this many citations on one message. */
export const MAX_CITATIONS = 10;

/** A Teams citation: schema.org Claim pointing at a document (see Teams' "citations" docs). */
export interface ClientCitation {
  '@type': 'Claim';
  position: number;
  appearance: {
    '@type': 'DigitalDocument';
    name: string;
    abstract: string;
    url?: string;
    keywords?: string[];
  };
}

/** The schema.org Message entity that carries citations and, for model-written text, the AI label. */
export interface MessageEntity {
  type: 'https://schema.org/Message';
  '@type': 'Message';
  '@context': 'https://schema.org';
  '@id': '';
  additionalType?: ['AIGeneratedContent'];
  citation: ClientCitation[];
}

function shorten(text: string, maxLength: number): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1).trimEnd()}…`;
}

function uniqueSources(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = `${source.title}\u0000${source.ref}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function citationFor(source: Source, position: number, language: 'sv' | 'en'): ClientCitation {
  // Only an https address is linked; the title and abstract are shown as text (they may quote a submission).
  const isUrl = /^https:\/\/[^\s]+$/i.test(source.ref);
  return {
    '@type': 'Claim',
    position,
    appearance: {
      '@type': 'DigitalDocument',
      name: shorten(cardText(source.title), 80),
      abstract: shorten(cardText(`${language === 'en' ? 'Source' : 'Källa'}: ${source.ref}`), 160),
      ...(isUrl ? { url: source.ref } : {}),
    },
  };
}

/**
 * Turns an answer's sources into Teams citations. Markers `[1]`, `[2]` already in the text are kept
 * (and only the sources they name are cited); otherwise a "Källor: [1] [2]" line is appended so that
 * every cited source has a marker. At most ten sources are cited. The AI-generated label is added only
 * when `aiGenerated` (model-written text).
 */
export function citeSources(
  text: string,
  sources: Source[],
  options: { aiGenerated: boolean; language: 'sv' | 'en' },
): { text: string; entity: MessageEntity | null } {
  const cited = uniqueSources(sources).slice(0, MAX_CITATIONS);
  const citations = cited.map((source, index) => citationFor(source, index + 1, options.language));
  const markers = new Set([...text.matchAll(/\[(\d{1,2})\]/g)].map((match) => Number(match[1])));
  const markersMatch = markers.size > 0 && [...markers].every((position) => position >= 1 && position <= citations.length);

  let finalText = text;
  let used = citations;
  if (markersMatch) {
    used = citations.filter((citation) => markers.has(citation.position));
  } else if (citations.length > 0) {
    const label = options.language === 'en' ? 'Sources' : 'Källor';
    finalText = `${text.trimEnd()}\n\n${label}: ${citations.map((citation) => `[${citation.position}]`).join(' ')}`;
  }

  if (used.length === 0 && !options.aiGenerated) return { text: finalText, entity: null };
  return {
    text: finalText,
    entity: {
      type: 'https://schema.org/Message',
      '@type': 'Message',
      '@context': 'https://schema.org',
      '@id': '',
      ...(options.aiGenerated ? { additionalType: ['AIGeneratedContent'] as ['AIGeneratedContent'] } : {}),
      citation: used,
    },
  };
}
