import type { Issue } from '../../engine/issues.ts';
import { clip, escapeControls } from '../../engine/jsonCheck.ts';
import { en } from './en.ts';
import { ja, type IssueCatalogue } from './ja.ts';

/**
 * Words for the validators' issues (src/engine/issues.ts) in the reader's language. The engine
 * gives data; a sentence is made here, and every value from the input in it is escaped, so a
 * hostile name cannot put a control character on a terminal or a page.
 */

export type IssueLang = 'ja' | 'en';

export type { ExpectedPhrases, IssueCatalogue, IssueSentences } from './ja.ts';

const CATALOGUES: Readonly<Record<IssueLang, IssueCatalogue>> = { ja, en };

export function issueCatalogue(lang: IssueLang): IssueCatalogue {
	return lang === 'en' ? CATALOGUES.en : CATALOGUES.ja;
}

/** The sentence for an issue, without its path. */
export function describeIssue(issue: Issue, lang: IssueLang): string {
	const sentences = issueCatalogue(lang).sentences;
	// Issues can come from a saved file: look the code up as an own key only.
	const words = Object.hasOwn(sentences, issue.code)
		? (sentences[issue.code] as (i: Issue) => string)
		: undefined;
	// Clipped as well: an issue read back from a file may carry anything.
	return escapeControls(clip(words ? words(issue) : String(issue.code), 2000));
}

/** `path: sentence`, e.g. `timeline[3].machine: no machine named "PC999"`. */
export function formatIssue(issue: Issue, lang: IssueLang): string {
	return `${escapeControls(clip(String(issue.path), 300))}: ${describeIssue(issue, lang)}`;
}
