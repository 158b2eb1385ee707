import { en, type MessageKey, type Messages } from './en.ts';
import { ja } from './ja.ts';

export type ShellLang = 'en' | 'ja';
export type { MessageKey, Messages };

const CATALOGUES: Record<ShellLang, Messages> = { en, ja };

/** The message catalogue of one Windows display language. */
export function messagesFor(lang: ShellLang): Messages {
	return CATALOGUES[lang];
}

/** Fills %NAME% placeholders (slmgr's own convention). Unknown placeholders stay as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/%([A-Za-z]+)%/g, (whole, name: string) => {
		const value = values[name];
		return value === undefined ? whole : String(value);
	});
}
