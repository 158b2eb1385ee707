import { MAX_PASTE_CHARS } from '../../../tools/diagnose/normalize.ts';

/**
 * Carries a paste from the error lookup to the diagnose page without it leaving the browser: in
 * sessionStorage (this tab only), or, where storage is blocked, in the address's fragment
 * (`#paste=`), which browsers never send to a server. The diagnose page takes it once and
 * removes it.
 */

export const HANDOFF_KEY = 'kms-lab:diagnose-paste';
export const FRAGMENT = '#paste=';
/** Longest paste carried: what the diagnose tool reads. */
export const MAX_HANDOFF_CHARS = MAX_PASTE_CHARS;
/** Longest paste carried in the fragment, so the address stays one a browser keeps whole. */
export const MAX_FRAGMENT_CHARS = 8_000;

export type Handoff =
	| { readonly ok: true; readonly href: string; readonly via: 'storage' | 'fragment' }
	| { readonly ok: false; readonly reason: 'too_long' | 'too_long_for_link'; readonly max: number };

/** The session storage, or null where the browser blocks it (privacy settings, sandboxed frames). */
export function sessionStore(): Storage | null {
	try {
		return typeof window === 'undefined' ? null : window.sessionStorage;
	} catch {
		return null;
	}
}

/** Stores `text` for the diagnose page at `diagnosePath` and says where to go. */
export function handOff(text: string, diagnosePath: string, storage: Storage | null): Handoff {
	if (text.length > MAX_HANDOFF_CHARS)
		return { ok: false, reason: 'too_long', max: MAX_HANDOFF_CHARS };
	try {
		if (storage !== null) {
			storage.setItem(HANDOFF_KEY, text);
			if (storage.getItem(HANDOFF_KEY) === text)
				return { ok: true, href: diagnosePath, via: 'storage' };
		}
	} catch {
		// Full or blocked: the fragment carries it instead.
	}
	if (text.length > MAX_FRAGMENT_CHARS)
		return { ok: false, reason: 'too_long_for_link', max: MAX_FRAGMENT_CHARS };
	return {
		ok: true,
		href: `${diagnosePath}${FRAGMENT}${encodeURIComponent(text)}`,
		via: 'fragment',
	};
}

/**
 * The carried paste, if any: the fragment first (it was made for this visit), then storage. Both
 * are removed so a reload or a later visit starts empty; `hash` is the fragment read, and
 * `fromFragment` tells the caller to take it out of the address.
 */
export function takeHandoff(
	hash: string,
	storage: Storage | null
): { readonly text: string; readonly fromFragment: boolean } | null {
	let stored: string | null = null;
	try {
		stored = storage?.getItem(HANDOFF_KEY) ?? null;
		storage?.removeItem(HANDOFF_KEY);
	} catch {
		stored = null;
	}
	if (hash.startsWith(FRAGMENT)) {
		try {
			const text = decodeURIComponent(hash.slice(FRAGMENT.length));
			if (text.trim() !== '') return { text: text.slice(0, MAX_HANDOFF_CHARS), fromFragment: true };
		} catch {
			// A fragment cut in the middle of a character: fall back to storage.
		}
	}
	if (stored !== null && stored.trim() !== '')
		return { text: stored.slice(0, MAX_HANDOFF_CHARS), fromFragment: false };
	return null;
}
