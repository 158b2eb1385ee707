import { ja } from './ja.ts';
import { en } from './en.ts';

import type { Locale, UiKey, UiStrings } from './types.ts';

export type { Locale, UiKey, UiStrings } from './types.ts';
export const LOCALES: readonly Locale[] = ['ja', 'en'];
// The guide components' strings are a separate export of each locale module, read through
// ./guides.ts, so that the islands that import this module do not ship them to the browser.

const strings: Record<Locale, UiStrings> = { ja, en };

/** Maps a BCP-47 tag or Starlight locale id (`undefined` = root) to one of our locales. */
export function toLocale(lang: string | undefined): Locale {
	return lang !== undefined && lang.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

/** Looks up one of our UI strings. */
export function t(locale: Locale, key: UiKey): string {
	return strings[locale][key];
}

/** Returns a lookup function bound to one locale, for components. */
export function useStrings(locale: Locale): (key: UiKey) => string {
	return (key) => strings[locale][key];
}

/** The date the fact base was last checked against its sources (shown on About and in the footer). */
export const FACTS_CHECKED = '2026-11-28';

/** Formats an ISO date (YYYY-MM-DD) for a locale, in UTC so the day never shifts. */
export function formatDate(locale: Locale, isoDate: string): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC',
	}).format(date);
}

export { localePath } from './paths.ts';
