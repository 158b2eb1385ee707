import { jaGuides } from './ja.ts';
import { enGuides } from './en.ts';
import type { GuideKey, GuideStrings, Locale } from './types.ts';

/**
 * The guide components' strings (`guides.*`). They live in ja.ts and en.ts with the rest of the
 * UI wording but in their own export, read only through this module, which only .astro
 * components import. index.ts (which the Preact islands import) never touches them, so these
 * long texts are not shipped to the browser.
 */
export type { GuideKey, GuideStrings } from './types.ts';

const strings: Record<Locale, GuideStrings> = { ja: jaGuides, en: enGuides };

/** Looks up one of the guide components' strings. */
export function guideText(locale: Locale, key: GuideKey): string {
	return strings[locale][key];
}

/** Returns a guide-string lookup bound to one locale, for components. */
export function useGuideStrings(locale: Locale): (key: GuideKey) => string {
	return (key) => strings[locale][key];
}
