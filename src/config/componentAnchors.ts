import { ERROR_CODES } from '../data/errors.ts';
import { SLMGR_OPTIONS, slmgrAnchor } from '../data/slmgrOptions.ts';
import { anchorId } from '../tools/anchor.ts';

/**
 * Anchors that components render from shared data, per page. The links validator only sees ids
 * written in the MDX itself, so links to these are checked here instead: against the same data
 * the components render, never a hand-kept list.
 */
const COMPONENT_ANCHORS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
	['guides/error-codes', new Set(ERROR_CODES.map((entry) => anchorId(entry.code)))],
	['guides/slmgr-reference', new Set(SLMGR_OPTIONS.map((option) => slmgrAnchor(option.option)))],
]);

/** True for a root-relative link, in either locale, to an anchor a component renders. */
export function isComponentAnchor(link: string): boolean {
	const match = /^(?:\/en)?\/([a-z0-9/-]+?)\/#([^?#\s]+)$/.exec(link);
	if (!match) return false;
	let fragment: string;
	try {
		fragment = decodeURIComponent(match[2] ?? '');
	} catch {
		return false;
	}
	return COMPONENT_ANCHORS.get(match[1] ?? '')?.has(fragment) ?? false;
}
