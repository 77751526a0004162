/** The narrative sections of each förvaltning's 2024 submission (example texts, consistent with the report). */
export interface Narrative { arbete: string; utveckling: string; natverk: string; projekt: string }
export const NARRATIVES_2024: Record<string, Narrative> = {};
