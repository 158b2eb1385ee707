import { describe, expect, it } from 'vitest';
import { LAB_STORAGE } from '../../src/engine/index.ts';
import {
	checkStoredLocation,
	labAddress,
	labSearch,
	parseLabAddress,
	parseLabSearch,
} from '../../src/lab/location.ts';
import { encodeReplayLog } from '../../src/lab/replayLog.ts';

const known = ['threshold', 'laptop-away'];

describe('lab URL', () => {
	it('returns null when the URL carries no lab parameters', () => {
		expect(parseLabSearch('', known, 'threshold')).toBeNull();
		expect(parseLabSearch('?utm=1', known, 'threshold')).toBeNull();
	});

	it('reads an addressable step', () => {
		expect(parseLabSearch('?scenario=laptop-away&step=3', known, 'threshold')).toEqual({
			location: { scenario: 'laptop-away', step: 3, t: null, log: [] },
			problems: [],
		});
	});

	it("round-trips a location with the reader's actions", () => {
		const location = {
			scenario: 'threshold',
			step: 2,
			t: 4321,
			log: [{ at: 100, action: { type: 'setFirewall' as const, host: 'KMS01', open: false } }],
		};
		const search = labSearch(location, false);
		expect(parseLabSearch(`?${search}`, known, 'threshold')).toEqual({ location, problems: [] });
	});

	it('writes only scenario and step while the state is exactly a guided step', () => {
		expect(labSearch({ scenario: 'threshold', step: 3, t: 999, log: [] }, true)).toBe(
			'scenario=threshold&step=3'
		);
	});

	it('falls back to the default scenario for an unknown or hostile scenario id', () => {
		const parsed = parseLabSearch(
			'?scenario=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&step=2',
			known,
			'threshold'
		);
		expect(parsed?.location).toEqual({ scenario: 'threshold', step: 0, t: null, log: [] });
		expect(parsed?.problems[0]).toMatchObject({
			path: 'scenario',
			code: 'expected',
			expected: 'scenario',
		});
	});

	it('drops a bad step, time or log and names each', () => {
		const parsed = parseLabSearch(
			'?scenario=threshold&step=-1&t=99999999999&log=%%%',
			known,
			'threshold'
		);
		expect(parsed?.location).toEqual({ scenario: 'threshold', step: 0, t: null, log: [] });
		expect(parsed?.problems).toHaveLength(3);
	});

	it('drops the time along with a bad log, so the run never half-applies', () => {
		const parsed = parseLabSearch('?scenario=threshold&t=100&log=AAAA', known, 'threshold');
		expect(parsed?.location.t).toBeNull();
		expect(parsed?.location.log).toEqual([]);
	});

	it('refuses an enormous address without parsing it', () => {
		const parsed = parseLabSearch(
			`?scenario=threshold&log=${'A'.repeat(LAB_STORAGE.maxEncodedLog + 2000)}`,
			known,
			'threshold'
		);
		expect(parsed?.problems).toMatchObject([
			{ path: 'log', code: 'limit', limit: 'maxActionLogBytes' },
		]);
	});
});

describe('stored location', () => {
	it('accepts a valid location and rejects anything else', () => {
		const good = {
			scenario: 'threshold',
			step: 1,
			t: 60,
			log: [[30, { type: 'restart', target: 'PC001' }]],
		};
		expect(checkStoredLocation(good, known)).toEqual({
			scenario: 'threshold',
			step: 1,
			t: 60,
			log: [{ at: 30, action: { type: 'restart', target: 'PC001' } }],
		});
		expect(checkStoredLocation({ ...good, scenario: 'nope' }, known)).toBeNull();
		expect(checkStoredLocation({ ...good, t: 'soon' }, known)).toBeNull();
		expect(checkStoredLocation({ ...good, log: 'x' }, known)).toBeNull();
		expect(checkStoredLocation([], known)).toBeNull();
		expect(encodeReplayLog([])).toBe('');
	});
});

describe('hostile values in a saved location', () => {
	it('an object without a usable toString is refused, not thrown on', () => {
		const hostile = { scenario: 'threshold', step: { toString: '' }, t: 0, log: [] };
		expect(() => checkStoredLocation(hostile, known)).not.toThrow();
		expect(checkStoredLocation(hostile, known)).toBeNull();
	});
});

describe('the page address', () => {
	it('puts the scenario and step in the query and the time and log in the fragment, and reads both back', () => {
		const location = {
			scenario: 'laptop-away',
			step: 2,
			t: 4000,
			log: [{ at: 30, action: { type: 'restart' as const, target: 'PC001' } }],
		};
		const address = labAddress(location, false);
		expect(address.search).toBe('scenario=laptop-away&step=2');
		expect(address.hash).toMatch(/^t=4000&log=[A-Za-z0-9_-]+$/);
		expect(parseLabAddress(`?${address.search}`, `#${address.hash}`, known, 'threshold')).toEqual({
			location,
			problems: [],
		});
		// Links written before the log moved to the fragment still open.
		expect(parseLabAddress(`?${labSearch(location, false)}`, '', known, 'threshold')).toEqual({
			location,
			problems: [],
		});
		expect(labAddress(location, true)).toEqual({ search: 'scenario=laptop-away&step=2', hash: '' });
	});
});
