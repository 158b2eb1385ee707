import type { EngineError } from '../../engine/index.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';
import { describeWith, type ResultWords } from './types.ts';

/**
 * Words for the engine's results in both languages, for the CLI, the pages' build and the tests.
 * An island or a prompt takes one language's `ResultWords` and calls `describeWith` (types.ts), so
 * it never carries the other language.
 */
export type ResultLang = 'ja' | 'en';

export function resultWords(lang: ResultLang): ResultWords {
	return lang === 'ja' ? ja : en;
}

export function describeEngineError(error: EngineError, lang: ResultLang): string {
	return describeWith(resultWords(lang), error);
}

export { describeWith, quote, type ResultWords } from './types.ts';
