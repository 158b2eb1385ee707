import { en } from './en.ts';
import { ja } from './ja.ts';
import type { Locale, UiKey } from './index.ts';

/**
 * The error-code tools' UI strings (keys `tools.*` and `common.*`), picked for one locale on the
 * server and passed to the island as a prop, so the island's JS does not carry every string of the
 * site in both languages (as src/lab/strings.ts does for the lab).
 */
export type ToolKey = Extract<UiKey, `tools.${string}` | `common.${string}`>;
export type ToolStrings = Record<ToolKey, string>;

export function toolStrings(locale: Locale): ToolStrings {
	const all = locale === 'ja' ? ja : en;
	const out: Partial<ToolStrings> = {};
	for (const [key, value] of Object.entries(all))
		if (key.startsWith('tools.') || key.startsWith('common.')) out[key as ToolKey] = value;
	return out as ToolStrings;
}
