import type { GroupBy, Intent, IntentKind } from './recognise-intent.js';

/** The filter the interpreter carries between turns: plain JSON, the same names as the tools' inputs. */
export interface PlanFilter {
  year?: number;
  namnd?: string[];
  programme?: string;
  family?: string;
  goal?: number;
  role?: 'Projektägare' | 'Projektpart';
  status?: 'ongoing' | 'ended' | 'started';
  /** Only projects shared by at least this many nämnder. */
  minNamnder?: number;
  /** Only projects that end after this date (ISO), e.g. "efter 2026" → "2026-12-31". */
  endsAfter?: string;
  /** Only projects that end on or before this date (ISO); with endsAfter, "slutar 2025". */
  endsBefore?: string;
  /** Only projects that started after this date (ISO): "startade efter 2022" → "2022-12-31". */
  startsAfter?: string;
  /** Only projects that started on or before this date (ISO): "startade före 2023" → "2022-12-31". */
  startsBefore?: string;
  partner?: string;
  country?: string;
  /** The country of the project's lead organisation ("leds av en organisation i Spanien"). */
  leadCountry?: string;
  /** Only projects led from abroad ("leds av utländska organisationer"). */
  leadAbroad?: boolean;
  /** The project's lead organisation ("leds av Region Skåne"). */
  leadOrganisation?: string;
  text?: string;
  projectIds?: string[];
}

/** What a conversation remembers for follow-ups ("och 2023?", "vilka av dem är Interreg?", "hur mycket fick de?"). */
export interface InterpreterContext {
  kind: IntentKind;
  filter: PlanFilter;
  groupBy: GroupBy | null;
  sortBy: Intent['sortBy'];
  order: Intent['order'];
  limit: number | null;
  measures: Intent['measures'];
  threshold: Intent['threshold'];
  threshold2?: Intent['threshold2'];
  /** What a details answer was about ("partners", "contact"), for "och i CITYSHIFT?". */
  focus?: 'partners' | 'contact' | null;
  singular: boolean;
  /** The year the last answer was about. */
  year: number | null;
  /** The project the last answer was about, for "när slutar det?". */
  projectName: string | null;
  /** The organisation or country the last answer was about. */
  organisation: string | null;
  /** The projects the last answer listed, for "vilka av dem …". */
  projectIds: string[] | null;
}

/** Reads a stored context defensively: memory may come from older versions or another client. */
export function readContext(value: Record<string, unknown> | null): InterpreterContext | null {
  if (!value || typeof value !== 'object' || typeof value.kind !== 'string' || typeof value.filter !== 'object' || value.filter === null) return null;
  return value as unknown as InterpreterContext;
}
