import { LAB_STORAGE } from '../engine/limits.ts';
import { checkStoredLocation, type LabLocation } from './location.ts';

/**
 * The lab's autosave: one versioned localStorage key holding the reader's location (scenario,
 * step, time, replay log), validated on every read. Corrupt or hand-edited data is reported and
 * dropped; a storage that throws (private mode, quota) only means nothing is remembered.
 */

export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export const LAB_STORE_KEY = 'kms-lab:lab:v1';
/** Where a saved lab that could not be opened is kept, so the next autosave does not replace it. */
export const LAB_KEPT_KEY = 'kms-lab:lab:v1:kept';
/** Anything longer than this is not ours (or not usable): drop it without parsing. */
const MAX_STORED = LAB_STORAGE.maxStored;

export type LoadResult =
	{ kind: 'empty' } | { kind: 'ok'; location: LabLocation } | { kind: 'corrupt' };

export function loadLocation(
	storage: StorageLike | undefined,
	known: readonly string[],
	key: string = LAB_STORE_KEY
): LoadResult {
	if (storage === undefined) return { kind: 'empty' };
	let raw: string | null;
	try {
		raw = storage.getItem(key);
	} catch {
		return { kind: 'empty' };
	}
	if (raw === null) return { kind: 'empty' };
	if (raw.length > MAX_STORED) return { kind: 'corrupt' };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { kind: 'corrupt' };
	}
	if (
		typeof data !== 'object' ||
		data === null ||
		(data as Record<string, unknown>)['version'] !== 1
	)
		return { kind: 'corrupt' };
	const location = checkStoredLocation((data as Record<string, unknown>)['location'], known);
	return location === null ? { kind: 'corrupt' } : { kind: 'ok', location };
}

/** Saves the location (under `key`, the autosave by default); returns false when storage refused. */
export function saveLocation(
	storage: StorageLike | undefined,
	location: LabLocation,
	key: string = LAB_STORE_KEY
): boolean {
	if (storage === undefined) return false;
	try {
		// The log is stored as [minutes, action] pairs, the same shape a shared link carries.
		const text = JSON.stringify({
			version: 1,
			location: { ...location, log: location.log.map((r) => [r.at, r.action]) },
		});
		if (text.length > MAX_STORED) return false;
		storage.setItem(key, text);
		return true;
	} catch {
		return false;
	}
}

/**
 * Keeps the saved lab under another key before the lab saves over it: for a saved lab that could
 * not be opened (damaged, or past a limit), so the reader's work is not replaced without their
 * choice. Returns false when storage refused.
 */
export function keepSavedLab(storage: StorageLike | undefined): boolean {
	if (storage === undefined) return false;
	try {
		const raw = storage.getItem(LAB_STORE_KEY);
		if (raw === null) return true;
		storage.setItem(LAB_KEPT_KEY, raw);
		return true;
	} catch {
		return false;
	}
}

/** Whether two locations rebuild the same lab. */
export function sameLocation(a: LabLocation, b: LabLocation): boolean {
	return (
		a.scenario === b.scenario &&
		a.step === b.step &&
		a.t === b.t &&
		JSON.stringify(a.log) === JSON.stringify(b.log)
	);
}

/** Whether a location holds the reader's own work (time moved or actions), not just a preset's step. */
export function hasOwnWork(location: LabLocation): boolean {
	return location.t !== null || location.log.length > 0;
}

/**
 * Before a link, a preset or a challenge replaces the lab on screen: keeps the reader's lab aside
 * (when it holds their own work) so one click brings it back. Returns 'kept', 'nothing' (no own
 * work to keep) or 'refused' (storage refused: the caller says so).
 */
export function keepLab(
	storage: StorageLike | undefined,
	location: LabLocation
): 'kept' | 'nothing' | 'refused' {
	if (!hasOwnWork(location)) return 'nothing';
	return saveLocation(storage, location, LAB_KEPT_KEY) ? 'kept' : 'refused';
}

/** The lab kept aside by `keepLab` (or `keepSavedLab`), if it can be opened. */
export function loadKeptLab(
	storage: StorageLike | undefined,
	known: readonly string[]
): LoadResult {
	return loadLocation(storage, known, LAB_KEPT_KEY);
}

export function clearLocation(storage: StorageLike | undefined): void {
	try {
		storage?.removeItem(LAB_STORE_KEY);
	} catch {
		// Nothing to do: a storage that refuses has nothing of ours either.
	}
}

/** `window.localStorage`, or undefined where reading it throws (sandboxed frames, disabled storage). */
export function browserStorage(): StorageLike | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}
