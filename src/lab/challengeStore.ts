import { CHALLENGES } from './challengeData.ts';
import { LAB_STORAGE } from '../engine/limits.ts';
import { challengePresetId } from './challenges.ts';
import { checkStoredLocation, type LabLocation } from './location.ts';
import type { StorageLike } from './store.ts';
import {
	CHALLENGE_STORE_KEY,
	isRecord,
	storedChallenges,
	type ChallengeStatus,
} from './challengeStatus.ts';

/**
 * The reader's challenge progress: one versioned localStorage key, validated entry by entry on
 * every read (as the lab's autosave and the self-check progress are), so damaged or hand-edited
 * data is dropped instead of breaking the page. Each entry keeps the status, the hints opened and
 * the reader's run (time and actions), which rebuilds the attempt exactly after a reload.
 */

export { CHALLENGE_STORE_KEY, type ChallengeStatus };

export interface ChallengeEntry {
	status: ChallengeStatus;
	/** Hints opened so far (they open one at a time). */
	hints: number;
	/** The reader's attempt, as the lab rebuilds it; null once too large to keep. */
	location: LabLocation | null;
}

export type ChallengeProgress = Map<string, ChallengeEntry>;

const MAX_HINTS = 9;

function checkEntry(id: string, value: unknown): ChallengeEntry | null {
	if (!isRecord(value)) return null;
	const status = value['status'];
	const hints = value['hints'];
	if (status !== 'started' && status !== 'solved') return null;
	if (typeof hints !== 'number' || !Number.isInteger(hints) || hints < 0 || hints > MAX_HINTS)
		return null;
	const raw = value['location'];
	const location = raw === null ? null : checkStoredLocation(raw, [challengePresetId(id)]);
	if (raw !== null && location === null) return { status, hints, location: null };
	return { status, hints, location };
}

/** Turns whatever is stored into progress; unknown challenges and bad entries are left out. */
export function parseChallengeProgress(raw: string | null): ChallengeProgress {
	const out: ChallengeProgress = new Map();
	const stored = raw !== null && raw.length > LAB_STORAGE.maxStored ? null : storedChallenges(raw);
	if (stored === null) return out;
	for (const c of CHALLENGES) {
		if (!Object.hasOwn(stored, c.id)) continue;
		const entry = checkEntry(c.id, stored[c.id]);
		if (entry !== null) out.set(c.id, entry);
	}
	return out;
}

function serialise(progress: ChallengeProgress): string {
	const challenges: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
	for (const [id, e] of progress)
		challenges[id] = {
			status: e.status,
			hints: e.hints,
			// The log as [minutes, action] pairs, the shape the lab's autosave and links carry.
			location:
				e.location === null
					? null
					: { ...e.location, log: e.location.log.map((r) => [r.at, r.action]) },
		};
	return JSON.stringify({ version: 1, challenges });
}

export function readChallengeProgress(storage: StorageLike | undefined): ChallengeProgress {
	if (storage === undefined) return new Map();
	try {
		return parseChallengeProgress(storage.getItem(CHALLENGE_STORE_KEY));
	} catch {
		return new Map();
	}
}

/**
 * Saves one challenge's entry beside the others. False when storage refused (blocked, full): the
 * panel says so. An attempt too long to keep is saved without its run, status and hints still.
 */
export function saveChallengeEntry(
	storage: StorageLike | undefined,
	id: string,
	entry: ChallengeEntry
): boolean {
	if (storage === undefined) return false;
	try {
		const progress = readChallengeProgress(storage);
		const before = progress.get(id);
		// Solved stays solved: a later experiment in the same challenge never takes it back.
		const status = before?.status === 'solved' ? 'solved' : entry.status;
		progress.set(id, { ...entry, status, hints: Math.max(entry.hints, before?.hints ?? 0) });
		let text = serialise(progress);
		if (text.length > LAB_STORAGE.maxStored) {
			progress.set(id, { status, hints: entry.hints, location: null });
			text = serialise(progress);
		}
		storage.setItem(CHALLENGE_STORE_KEY, text);
		return true;
	} catch {
		return false;
	}
}
