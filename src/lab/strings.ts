import { ja } from '../i18n/ja.ts';
import { en } from '../i18n/en.ts';
import type { UiKey } from '../i18n/index.ts';
import { labActionsEn, labActionsJa } from '../i18n/labActions.ts';
import { labChartEn, labChartJa, type LabChartKey } from '../i18n/labChart.ts';
import type { ActionType } from '../engine/index.ts';
import type { LabLocale } from './format.ts';

/**
 * The lab's UI strings (keys `lab.*` of src/i18n), picked for one locale on the server and passed
 * to the island as a prop, so the island's JS does not carry every string of the site in both
 * languages.
 */
export type LabKey = Extract<UiKey, `lab.${string}`>;
/** The words for an action the log noted (src/i18n/labActions.ts). */
export type ActionKey = `lab.action.${ActionType}`;
export type LabStrings = Record<LabKey | ActionKey | LabChartKey, string>;

export function labStrings(locale: LabLocale): LabStrings {
	const all = locale === 'ja' ? ja : en;
	const out: Partial<LabStrings> = {};
	for (const [key, value] of Object.entries(all))
		if (key.startsWith('lab.')) out[key as LabKey] = value;
	for (const [type, words] of Object.entries(locale === 'ja' ? labActionsJa : labActionsEn))
		out[`lab.action.${type as ActionType}`] = words;
	Object.assign(out, locale === 'ja' ? labChartJa : labChartEn);
	return out as LabStrings;
}
