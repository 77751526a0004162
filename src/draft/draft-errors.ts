/** A förvaltning name that matches no nämnd or förvaltning, with the closest known name. */
export class UnknownForvaltningError extends Error {
  constructor(readonly input: string, readonly suggestion: string | null) {
    super(`Okänd förvaltning "${input}"${suggestion ? ` — menade du ${suggestion}?` : ''}`);
    this.name = 'UnknownForvaltningError';
  }
}

/** The model's reply could not be used (empty, or no usable sentence survived the checks). */
export class DraftModelError extends Error {
  constructor(readonly reason: string) {
    super(`Modellens utkast kunde inte användas: ${reason}`);
    this.name = 'DraftModelError';
  }
}
