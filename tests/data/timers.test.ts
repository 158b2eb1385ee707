import { describe, expect, it } from 'vitest';
import {
	ACTIVATION_VALIDITY_MINUTES,
	CLIENT_ACTIVATION_THRESHOLD,
	COUNT_WINDOW_MINUTES,
	DEFAULT_ACTIVATION_INTERVAL,
	DEFAULT_KMS_PORT,
	DEFAULT_RENEWAL_INTERVAL,
	INITIAL_GRACE_MINUTES,
	MAX_CLOCK_SKEW_MINUTES,
	MAX_INTERVAL,
	MIN_INTERVAL,
	SERVER_ACTIVATION_THRESHOLD,
	TIMER_FACTS,
	cacheSizeFor,
} from '../../src/data/timers.ts';

describe('KMS timers (rules R5–R7)', () => {
	it('holds the documented numbers', () => {
		expect(CLIENT_ACTIVATION_THRESHOLD).toBe(25);
		expect(SERVER_ACTIVATION_THRESHOLD).toBe(5);
		expect(COUNT_WINDOW_MINUTES).toBe(30 * 24 * 60);
		expect(ACTIVATION_VALIDITY_MINUTES).toBe(180 * 24 * 60);
		expect(DEFAULT_RENEWAL_INTERVAL).toBe(10_080);
		expect(DEFAULT_ACTIVATION_INTERVAL).toBe(120);
		expect([MIN_INTERVAL, MAX_INTERVAL]).toEqual([15, 43_200]);
		expect(DEFAULT_KMS_PORT).toBe(1688);
		expect(MAX_CLOCK_SKEW_MINUTES).toBe(240);
		expect(INITIAL_GRACE_MINUTES).toBe(30 * 1440);
	});

	it('sizes the CMID cache at twice the highest threshold', () => {
		expect(cacheSizeFor(SERVER_ACTIVATION_THRESHOLD)).toBe(10);
		expect(cacheSizeFor(CLIENT_ACTIVATION_THRESHOLD)).toBe(50);
	});

	it('gives every table row both languages and a source', () => {
		const ids = new Set<string>();
		for (const fact of TIMER_FACTS) {
			expect(ids.has(fact.id)).toBe(false);
			ids.add(fact.id);
			expect(fact.label.ja.length).toBeGreaterThan(0);
			expect(fact.label.en.length).toBeGreaterThan(0);
			expect(fact.display.ja.length).toBeGreaterThan(0);
			expect(fact.sources.length).toBeGreaterThan(0);
			for (const s of fact.sources) expect(s.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
		}
	});
});
