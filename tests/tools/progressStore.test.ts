import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	PROGRESS_KEY,
	createProgressStore,
	parseProgress,
	serializeProgress,
	type StorageLike,
} from '../../src/tools/progressStore.ts';

function memoryStorage(
	initial: Record<string, string> = {}
): StorageLike & { data: Record<string, string> } {
	const data = { ...initial };
	return {
		data,
		getItem: (key) => (key in data ? (data[key] as string) : null),
		setItem: (key, value) => {
			data[key] = value;
		},
		removeItem: (key) => {
			delete data[key];
		},
	};
}

const throwing: StorageLike = {
	getItem: () => {
		throw new Error('SecurityError');
	},
	setItem: () => {
		throw new Error('QuotaExceededError');
	},
	removeItem: () => {
		throw new Error('SecurityError');
	},
};

describe('progress store', () => {
	it('saves and reads answers per quiz', () => {
		const storage = memoryStorage();
		const store = createProgressStore(storage);
		expect(store.record('lifecycle', 'validity', 'correct')).toBe(true);
		expect(store.record('lifecycle', 'permanent', 'wrong')).toBe(true);
		expect(store.get('lifecycle')).toEqual({ validity: 'correct', permanent: 'wrong' });
		expect(store.get('troubleshooting')).toEqual({});
		expect(JSON.parse(storage.data[PROGRESS_KEY] as string).version).toBe(1);
	});

	it('resets one quiz and keeps the others', () => {
		const store = createProgressStore(memoryStorage());
		store.record('lifecycle', 'validity', 'correct');
		store.record('troubleshooting', 'clock', 'correct');
		store.reset('lifecycle');
		expect(store.get('lifecycle')).toEqual({});
		expect(store.get('troubleshooting')).toEqual({ clock: 'correct' });
	});

	it('ignores corrupt data safely', () => {
		for (const raw of [
			'{',
			'null',
			'[]',
			'"x"',
			'{"version":2,"quizzes":{}}',
			'{"version":1,"quizzes":[]}',
		]) {
			const store = createProgressStore(memoryStorage({ [PROGRESS_KEY]: raw }));
			expect(store.get('lifecycle')).toEqual({});
			expect(store.record('lifecycle', 'validity', 'correct')).toBe(true);
			expect(store.get('lifecycle')).toEqual({ validity: 'correct' });
		}
	});

	it('keeps the valid entries and drops the invalid ones', () => {
		const raw = JSON.stringify({
			version: 1,
			quizzes: {
				lifecycle: { validity: 'correct', permanent: 'maybe', 'bad id!': 'correct' },
				__proto__: { a: 'correct' },
				troubleshooting: 5,
			},
		});
		expect(parseProgress(raw)).toEqual({ lifecycle: { validity: 'correct' } });
	});

	it('survives a storage that throws, or no storage at all', () => {
		for (const storage of [throwing, undefined]) {
			const store = createProgressStore(storage);
			expect(store.get('lifecycle')).toEqual({});
			expect(store.record('lifecycle', 'validity', 'correct')).toBe(false);
			expect(store.reset('lifecycle')).toBe(false);
		}
	});

	it('rejects bad ids instead of storing them', () => {
		const store = createProgressStore(memoryStorage());
		expect(store.record('<img>', 'validity', 'correct')).toBe(false);
		expect(store.record('lifecycle', '', 'correct')).toBe(false);
	});

	it('never throws on any stored string, and round-trips what it writes', () => {
		fc.assert(fc.property(fc.string(), (raw) => typeof parseProgress(raw) === 'object'));
		fc.assert(fc.property(fc.json(), (raw) => typeof parseProgress(raw) === 'object'));
		const progress = { lifecycle: { validity: 'correct' as const } };
		expect(parseProgress(serializeProgress(progress))).toEqual(progress);
	});
});
