import { describe, expect, test } from 'vitest';
import {
	ACTIVATION_VALIDITY_MINUTES,
	CLIENT_ACTIVATION_THRESHOLD,
	DEFAULT_ACTIVATION_INTERVAL,
	DEFAULT_KMS_PORT,
	DEFAULT_RENEWAL_INTERVAL,
	INITIAL_GRACE_MINUTES,
	MINUTES_PER_DAY,
	SERVER_ACTIVATION_THRESHOLD,
} from '../../src/data/timers.ts';
import { LicenseStatusCode } from '../../src/engine/index.ts';
import { countModel } from '../../src/figures/count.ts';
import { dnsModel } from '../../src/figures/dns.ts';
import { stateBands, statusAt, windowAt } from '../../src/figures/lookup.ts';
import { statesModel, validityModel } from '../../src/figures/timelines.ts';

const { Licensed, InitialGrace, AdditionalGrace, Notification } = LicenseStatusCode;

describe('count figure', () => {
	const model = countModel();
	const at = (machines: number) => model.frames.find((f) => f.machines === machines);

	test('the thresholds are the data’s', () => {
		expect(model.clientThreshold).toBe(CLIENT_ACTIVATION_THRESHOLD);
		expect(model.serverThreshold).toBe(SERVER_ACTIVATION_THRESHOLD);
	});

	test('the count is the engine’s and follows the machines', () => {
		for (const f of model.frames) {
			expect(f.count).toBe(f.machines);
			expect(f.statuses).toHaveLength(f.machines);
		}
	});

	test('one below the client threshold no client activates; at it, every client does', () => {
		const below = at(CLIENT_ACTIVATION_THRESHOLD - 1);
		const reached = at(CLIENT_ACTIVATION_THRESHOLD);
		expect(below?.statuses.every((s) => s === InitialGrace)).toBe(true);
		expect(reached?.statuses.every((s) => s === Licensed)).toBe(true);
	});
});

describe('validity figure', () => {
	const model = validityModel();
	const [office, away] = model.rows;

	test('renewals are the renewal interval apart and each gives the full validity', () => {
		expect(office?.renewalGap).toBe(DEFAULT_RENEWAL_INTERVAL);
		const starts = office?.windows.map((w) => w[0]) ?? [];
		expect(starts.length).toBeGreaterThan(20);
		for (let i = 1; i < starts.length; i++)
			expect((starts[i] as number) - (starts[i - 1] as number)).toBe(DEFAULT_RENEWAL_INTERVAL);
		for (const [start, end] of office?.windows ?? [])
			expect(end - start).toBe(ACTIVATION_VALIDITY_MINUTES);
	});

	test('away from the host the client retries at the activation interval and its window stops', () => {
		expect(away?.retryGap).toBe(DEFAULT_ACTIVATION_INTERVAL);
		if (!away) throw new Error('no row');
		const last = windowAt(away, 100 * MINUTES_PER_DAY);
		expect(windowAt(away, 150 * MINUTES_PER_DAY)).toEqual(last);
		expect(away.failedByDay[100]).toBeGreaterThan(away.failedByDay[50] as number);
		const end = (last as [number, number])[1];
		expect(statusAt(away, end - 1)).toBe(Licensed);
		expect(statusAt(away, end)).toBe(AdditionalGrace);
	});
});

describe('states figure', () => {
	const model = statesModel();
	const [waiting, away] = model.rows;

	test('a client waits in initial grace, whose end is the initial grace after its install', () => {
		expect(waiting?.graceEndsAt).toBe(INITIAL_GRACE_MINUTES);
		expect(statusAt(waiting!, 0)).toBe(InitialGrace);
		expect(statusAt(waiting!, model.days * MINUTES_PER_DAY)).toBe(Licensed);
	});

	test('a client away passes through additional grace into notification and back', () => {
		const bands = stateBands(away!, 0, model.days * MINUTES_PER_DAY).map((b) => b.status);
		expect(bands).toEqual([Licensed, AdditionalGrace, Notification, Licensed]);
	});
});

describe('DNS figure', () => {
	const [published, missing] = dnsModel().frames;

	test('with the record the client gets the host on the default port and activates', () => {
		expect(published.published).toBe(true);
		expect(published.query).toBe('_vlmcs._tcp.corp.contoso.com');
		expect(published.answer?.port).toBe(DEFAULT_KMS_PORT);
		expect(published.result).toBe('0x00000000');
		expect(published.count).toBeGreaterThanOrEqual(CLIENT_ACTIVATION_THRESHOLD);
	});

	test('without it the lookup fails with 0x8007232B and no host is contacted', () => {
		expect(missing.published).toBe(false);
		expect(missing.answer).toBeNull();
		expect(missing.result).toBe('0x8007232B');
		expect(missing.host).toBeNull();
	});
});
