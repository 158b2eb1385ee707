import type { StorageLike } from './store.ts';

/**
 * The status part of the reader's challenge progress (src/lab/challengeStore.ts keeps the rest),
 * read without the engine: the challenges index shows it with a script of a few hundred bytes.
 */

export const CHALLENGE_STORE_KEY = 'kms-lab:challenges:v1';

export type ChallengeStatus = 'started' | 'solved';

/** Longest stored text read (the lab's own storage limit is below it). */
const MAX_READ = 2_000_000;

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stored challenges object, or null when nothing usable is stored. */
export function storedChallenges(raw: string | null): Record<string, unknown> | null {
	if (raw === null || raw.length > MAX_READ) return null;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return null;
	}
	if (!isRecord(data) || data['version'] !== 1 || !isRecord(data['challenges'])) return null;
	return data['challenges'];
}

/** Status per known id; ids not stored, or stored with a bad status, are left out. */
export function readChallengeStatuses(
	storage: StorageLike | undefined,
	ids: readonly string[]
): Map<string, ChallengeStatus> {
	const out = new Map<string, ChallengeStatus>();
	let stored: Record<string, unknown> | null = null;
	try {
		stored = storedChallenges(storage?.getItem(CHALLENGE_STORE_KEY) ?? null);
	} catch {
		return out;
	}
	if (stored === null) return out;
	for (const id of ids) {
		const entry = Object.hasOwn(stored, id) ? stored[id] : undefined;
		const status = isRecord(entry) ? entry['status'] : undefined;
		if (status === 'started' || status === 'solved') out.set(id, status);
	}
	return out;
}
