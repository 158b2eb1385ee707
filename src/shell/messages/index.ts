import type { ResultWords } from '../../i18n/results/types.ts';
import type { ListedCommand, MessageKey, Messages, SlmgrErrorCode, UsageTopic } from './en.ts';

export type ShellLang = 'en' | 'ja';
export type { ListedCommand, MessageKey, Messages, SlmgrErrorCode, UsageTopic };

/**
 * Everything a prompt prints in one Windows display language. Each locale's module (`en.ts`,
 * `ja.ts`) exports one as `catalogue`, so the lab's terminal loads only the language it shows;
 * `all.ts` holds both for the CLI and the tests.
 */
export interface ShellCatalogue {
	readonly lang: ShellLang;
	readonly messages: Messages;
	/** `<command> /?` texts, by lower-case command name. */
	readonly usage: Readonly<Record<UsageTopic, string>>;
	/** `help`: one line per command, in the order listed. */
	readonly commandList: Readonly<Record<ListedCommand, string>>;
	/** slmgr.vbs's built-in error texts, by `0xXXXXXXXX` code (upper-case hex). */
	readonly slmgrErrors: Readonly<Record<SlmgrErrorCode, string>>;
	/**
	 * The lab's words for the engine's refusals, shown as lab notes. The CLI's catalogues (all.ts)
	 * carry them; the lab's terminal is handed the island's own (`ShellOptions.results`) instead of
	 * loading them again.
	 */
	readonly results?: ResultWords;
}

/** A catalogue table's text for a key typed at the prompt, or undefined (never an inherited property). */
export function lookup(table: Readonly<Record<string, string>>, key: string): string | undefined {
	return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Fills %NAME% placeholders (slmgr's own convention). Unknown placeholders stay as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/%([A-Za-z]+)%/g, (whole, name: string) => {
		const value = values[name];
		return value === undefined ? whole : String(value);
	});
}
