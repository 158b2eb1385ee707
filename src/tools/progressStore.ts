/**
 * Self-check progress in localStorage, in the spirit of withastro/docs' ProgressStore: one
 * versioned key, validated on every read, so corrupt or hand-edited data is dropped (entry by
 * entry) instead of breaking the page, and a storage that throws (private mode, quota, disabled
 * cookies) just means nothing is remembered.
 */

/** The part of the Web Storage API we use, so tests can pass a fake. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export type AnswerRecord = 'correct' | 'wrong';
/** quiz id → question id → how the reader last answered. */
export type Progress = Record<string, Record<string, AnswerRecord>>;

export const PROGRESS_KEY = 'kms-lab:self-check:v1';
const ID = /^[a-z0-9-]{1,60}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Turns whatever is stored into valid progress; anything unexpected is left out. */
export function parseProgress(raw: string | null): Progress {
	if (raw === null) return {};
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return {};
	}
	if (!isRecord(data) || data.version !== 1 || !isRecord(data.quizzes)) return {};
	const progress: Progress = Object.create(null) as Progress;
	for (const [quizId, answers] of Object.entries(data.quizzes)) {
		if (!ID.test(quizId) || !isRecord(answers)) continue;
		const clean: Record<string, AnswerRecord> = Object.create(null) as Record<string, AnswerRecord>;
		for (const [questionId, value] of Object.entries(answers)) {
			if (ID.test(questionId) && (value === 'correct' || value === 'wrong'))
				clean[questionId] = value;
		}
		progress[quizId] = clean;
	}
	return progress;
}

export function serializeProgress(progress: Progress): string {
	return JSON.stringify({ version: 1, quizzes: progress });
}

export interface ProgressStore {
	/** Answers saved for one quiz (empty when none, or when storage is unavailable). */
	get(quizId: string): Readonly<Record<string, AnswerRecord>>;
	/** Saves one answer; returns false when it could not be saved. */
	record(quizId: string, questionId: string, result: AnswerRecord): boolean;
	/** Forgets one quiz; returns false when storage refused. */
	reset(quizId: string): boolean;
}

function read(storage: StorageLike | undefined): Progress {
	if (storage === undefined) return {};
	try {
		return parseProgress(storage.getItem(PROGRESS_KEY));
	} catch {
		return {};
	}
}

function write(storage: StorageLike | undefined, progress: Progress): boolean {
	if (storage === undefined) return false;
	try {
		storage.setItem(PROGRESS_KEY, serializeProgress(progress));
		return true;
	} catch {
		return false;
	}
}

export function createProgressStore(storage: StorageLike | undefined): ProgressStore {
	return {
		get(quizId) {
			return read(storage)[quizId] ?? {};
		},
		record(quizId, questionId, result) {
			if (!ID.test(quizId) || !ID.test(questionId)) return false;
			const progress = read(storage);
			progress[quizId] = { ...(progress[quizId] ?? {}), [questionId]: result };
			return write(storage, progress);
		},
		reset(quizId) {
			const progress = read(storage);
			delete progress[quizId];
			return write(storage, progress);
		},
	};
}

/** `window.localStorage`, or undefined where reading it throws (blocked storage) or there is no window. */
export function browserStorage(): StorageLike | undefined {
	try {
		return typeof window !== 'undefined' ? window.localStorage : undefined;
	} catch {
		return undefined;
	}
}
