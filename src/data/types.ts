/** Shared shapes for the typed, bilingual fact data under src/data/. */

/** Text in both locales. Japanese is written as a Japanese administrator would write it. */
export interface Localized {
	readonly ja: string;
	readonly en: string;
}

/** A page a fact relies on (normally Microsoft Learn). */
export interface Source {
	readonly title: string;
	readonly url: string;
}

/**
 * An item no Microsoft source confirms (UNCONFIRMED). Wherever such a value is used (engine assumption,
 * table cell, guide) it is shown with this label and note, never as plain fact.
 */
export interface Unconfirmed {
	readonly unconfirmed: true;
	readonly note: Localized;
}
