import { describe, expect, it } from 'vitest';
import { labAddress } from '../../src/lab/location.ts';
import { chooseOpening } from '../../src/lab/opening.ts';
import {
	LAB_KEPT_KEY,
	LAB_STORE_KEY,
	keepLab,
	loadKeptLab,
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

const known = ['threshold', 'firewall'];
const ownWork = {
	scenario: 'firewall',
	step: 1,
	t: 3000,
	log: [{ at: 10, action: { type: 'setFirewall' as const, host: 'KMS01', open: true } }],
};
const none = { search: '', hash: '' };

describe('opening the lab', () => {
	it('opens the saved lab when the address has no link', () => {
		const storage = memoryStorage();
		saveLocation(storage, ownWork);
		const o = chooseOpening(none, storage, known, 'threshold');
		expect(o.location).toEqual(ownWork);
		expect(o.fromStorage).toBe(true);
		expect(o.kept).toBeNull();
	});

	it('a link opened over a saved lab keeps the saved lab aside, one load away', () => {
		const storage = memoryStorage();
		saveLocation(storage, ownWork);
		const o = chooseOpening(
			{ search: '?scenario=threshold&step=2', hash: '' },
			storage,
			known,
			'threshold'
		);
		expect(o.location).toEqual({ scenario: 'threshold', step: 2, t: null, log: [] });
		expect(o.kept).toEqual(ownWork);
		const kept = loadKeptLab(storage, known);
		expect(kept.kind === 'ok' ? kept.location : null).toEqual(ownWork);
	});

	it('keeps nothing when the saved lab is only a preset step, or is the link itself', () => {
		const storage = memoryStorage();
		saveLocation(storage, { scenario: 'firewall', step: 2, t: null, log: [] });
		expect(
			chooseOpening({ search: '?scenario=threshold', hash: '' }, storage, known, 'threshold').kept
		).toBeNull();
		saveLocation(storage, ownWork);
		const link = labAddress(ownWork, false);
		const same = chooseOpening(
			{ search: `?${link.search}`, hash: `#${link.hash}` },
			storage,
			known,
			'threshold'
		);
		expect(same.location).toEqual(ownWork);
		expect(storage.data.has(LAB_KEPT_KEY)).toBe(false);
		expect(same.location?.scenario).toBe('firewall');
	});

	it('says so when storage refuses to keep the saved lab', () => {
		const storage = memoryStorage();
		saveLocation(storage, ownWork);
		const refusing: StorageLike = {
			getItem: (k) => storage.getItem(k),
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => undefined,
		};
		const o = chooseOpening(
			{ search: '?scenario=threshold', hash: '' },
			refusing,
			known,
			'threshold'
		);
		expect(o.kept).toBeNull();
		expect(o.keepRefused).toBe(true);
	});

	it('keeps a damaged saved lab aside before anything writes over it', () => {
		const storage = memoryStorage();
		storage.setItem(LAB_STORE_KEY, '{not json');
		const o = chooseOpening(none, storage, known, 'threshold');
		expect(o.storageDamaged).toBe(true);
		expect(o.location).toBeNull();
		expect(storage.data.get(LAB_KEPT_KEY)).toBe('{not json');
	});

	it('keepLab keeps only own work', () => {
		const storage = memoryStorage();
		expect(keepLab(storage, { scenario: 'threshold', step: 3, t: null, log: [] })).toBe('nothing');
		expect(keepLab(storage, ownWork)).toBe('kept');
	});
});
