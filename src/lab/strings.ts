import { ja } from '../i18n/ja.ts';
import { en } from '../i18n/en.ts';
import type { UiKey } from '../i18n/index.ts';
import type { LabLocale } from './format.ts';

/**
 * The lab's UI strings (keys `lab.*` of src/i18n), picked for one locale on the server and passed
 * to the island as a prop, so the island's JS does not carry every string of the site in both
 * languages.
 */
export type LabKey = Extract<UiKey, `lab.${string}`>;
export type LabStrings = Record<LabKey, string>;

export function labStrings(locale: LabLocale): LabStrings {
	const all = locale === 'ja' ? ja : en;
	const out: Partial<LabStrings> = {};
	for (const [key, value] of Object.entries(all))
		if (key.startsWith('lab.')) out[key as LabKey] = value;
	return out as LabStrings;
}

/**
 * The words for an action the log noted (its `detail` is the action's type, e.g. `setKmsHost`).
 * tests/lab/strings.test.ts checks that every action type has its words in both locales.
 */
export function actionName(type: string, s: LabStrings): string {
	const key = `lab.action.${type}`;
	return Object.hasOwn(s, key) ? s[key as LabKey] : type;
}
