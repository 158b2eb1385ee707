import type { CauseParams } from '../../tools/diagnose/index.ts';
import { en, type DiagnoseWords } from './en.ts';
import { ja } from './ja.ts';

/**
 * Words for the paste diagnosis in both languages, for the CLI and the tests. A page takes one
 * language's `DiagnoseWords` and fills the templates itself, so it never carries the other.
 */
export type DiagnoseLang = 'ja' | 'en';
export type { DiagnoseWords } from './en.ts';

export function diagnoseWords(lang: DiagnoseLang): DiagnoseWords {
	return lang === 'ja' ? ja : en;
}

/** Fills `{name}` placeholders; only own keys of `values` count, so a template cannot reach "constructor". */
export function fillWords(
	template: string,
	values: Readonly<Record<string, string | number | undefined>>
): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
		if (!Object.hasOwn(values, key)) return whole;
		const v = values[key];
		return v === undefined ? whole : String(v);
	});
}

/** A cause's title and detail in one language, with its parameters filled in. */
export function causeText(
	words: Pick<DiagnoseWords, 'causes' | 'channels'>,
	id: keyof DiagnoseWords['causes'],
	params: CauseParams
): { title: string; detail: string } {
	const t = words.causes[id];
	const values: Record<string, string | number | undefined> = {
		code: params.code,
		reported: params.reported,
		host: params.host ?? '?',
		port: params.port ?? 1688,
		count: params.count,
		threshold: params.threshold,
		minutes: params.minutes,
		channel: params.channel === undefined ? undefined : words.channels[params.channel],
		status: params.status,
	};
	// A value the paste does not give is left out with its parentheses: "threshold ({threshold})" → "threshold".
	const unknown = / ?\(\{\w+\}\)| \(\)/g;
	return {
		title: fillWords(t.title, values).replace(unknown, ''),
		detail: fillWords(t.detail, values).replace(unknown, ''),
	};
}
