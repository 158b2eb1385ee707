import type { EngineError, LimitName } from '../../engine/index.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';
import type { ResultCatalogue } from './types.ts';

/** Words for the engine's results, in the reader's language (the shell has its own Windows-style words). */
export type ResultLang = 'ja' | 'en';

export function resultCatalogue(lang: ResultLang): ResultCatalogue {
	return lang === 'ja' ? ja : en;
}

export function describeEngineError(error: EngineError, lang: ResultLang): string {
	const words = resultCatalogue(lang).errors[error.code] as (e: EngineError) => string;
	return words(error);
}

/** "at most N …" for a limit alone (a budget named before anything runs). */
export function describeLimit(limit: LimitName, max: number, lang: ResultLang): string {
	return resultCatalogue(lang).limits[limit](max);
}

export { quote } from './types.ts';
export type { ResultCatalogue } from './types.ts';
