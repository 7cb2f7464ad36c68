/**
 * The other edition's address for a reader on step `step` (its id), or, on no step, at the
 * address's own `#…` (a timeline event, a glossary term): both name the same things in either edition.
 */
export const editionHref = (other: string, step: string, locationHash = ''): string => (step ? `${other}#${step}` : `${other}${locationHash}`);
