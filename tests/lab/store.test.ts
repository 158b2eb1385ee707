import { describe, expect, it } from 'vitest';
import {
	LAB_STORE_KEY,
	clearLocation,
	loadLocation,
	saveLocation,
	type StorageLike,
} from '../../src/lab/store.ts';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k),
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

const known = ['threshold', 'firewall'];
const location = {
	scenario: 'firewall',
	step: 2,
	t: 3000,
	log: [{ at: 10, action: { type: 'setFirewall' as const, host: 'KMS01', open: true } }],
};

describe('lab autosave', () => {
	it('saves and loads a location', () => {
		const storage = memoryStorage();
		expect(saveLocation(storage, location)).toBe(true);
		expect(loadLocation(storage, known)).toEqual({ kind: 'ok', location });
	});

	it('reports empty storage as empty', () => {
		expect(loadLocation(memoryStorage(), known)).toEqual({ kind: 'empty' });
		expect(loadLocation(undefined, known)).toEqual({ kind: 'empty' });
	});

	it.each([
		['not JSON', '{nope'],
		['another version', JSON.stringify({ version: 2, location })],
		[
			'an unknown scenario',
			JSON.stringify({ version: 1, location: { ...location, scenario: 'x', log: [] } }),
		],
		[
			'a hostile action',
			JSON.stringify({
				version: 1,
				location: {
					scenario: 'threshold',
					step: 0,
					t: 0,
					log: [
						[0, { type: 'addMachines', prefix: 'PC', count: 99999, product: 'win11-enterprise' }],
					],
				},
			}),
		],
		['a huge value', 'x'.repeat(70_000)],
		['null', 'null'],
	])('reports %s as corrupt', (_name, raw) => {
		const storage = memoryStorage();
		storage.data.set(LAB_STORE_KEY, raw);
		expect(loadLocation(storage, known)).toEqual({ kind: 'corrupt' });
	});

	it('survives a storage that throws', () => {
		expect(loadLocation(throwing, known)).toEqual({ kind: 'empty' });
		expect(saveLocation(throwing, location)).toBe(false);
		expect(() => clearLocation(throwing)).not.toThrow();
	});

	it('clears the saved state', () => {
		const storage = memoryStorage();
		saveLocation(storage, location);
		clearLocation(storage);
		expect(loadLocation(storage, known)).toEqual({ kind: 'empty' });
	});
});
