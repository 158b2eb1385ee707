import { ACTIVATION_VALIDITY_MINUTES, MAX_INTERVAL, MIN_INTERVAL, cacheSizeFor } from '../data/timers.ts';
import type { Simulation } from './simulation.ts';
import { LicenseStatusCode } from './types.ts';

/**
 * Checks the engine's own invariants on a simulation and returns every violation found (empty
 * when all hold). Used by the property tests and the command line's fuzz test.
 */
export function checkInvariants(sim: Simulation): string[] {
	const problems: string[] = [];
	const now = sim.now;
	for (const h of sim.hosts()) {
		const count = sim.hostCount(h.name);
		const size = cacheSizeFor(h.highestThreshold);
		if (count > size) problems.push(`${h.name}: count ${count} exceeds cache size ${size}`);
		const live = new Set(sim.hostCmids(h.name).map((e) => e.cmid));
		if (live.size !== count) problems.push(`${h.name}: count ${count} but ${live.size} distinct live CMIDs`);
		const c = h.counters;
		if (c.failed > c.total) problems.push(`${h.name}: failed ${c.failed} > total ${c.total}`);
		if (c.byStatus.reduce((a, b) => a + b, 0) !== c.total) problems.push(`${h.name}: per-status counters do not add up to the total`);
		if (h.port < 1 || h.port > 65535) problems.push(`${h.name}: port ${h.port} out of range`);
		for (const v of [h.activationInterval, h.renewalInterval]) if (v < MIN_INTERVAL || v > MAX_INTERVAL) problems.push(`${h.name}: interval ${v} out of range`);
	}
	for (const m of sim.machines()) {
		if (!(m.status >= 0 && m.status <= 6)) problems.push(`${m.name}: status ${m.status} out of range`);
		if (m.status === LicenseStatusCode.Licensed) {
			if (m.activatedAt === null) problems.push(`${m.name}: Licensed without a successful activation`);
			else if (m.expiresAt !== null && now - m.activatedAt > ACTIVATION_VALIDITY_MINUTES) problems.push(`${m.name}: Licensed but last success was ${now - m.activatedAt} min ago`);
			if (m.activatedBy === null) problems.push(`${m.name}: Licensed with no activation method`);
		}
		if (m.expiresAt !== null && m.expiresAt < now) problems.push(`${m.name}: state expired at ${m.expiresAt} but still ${m.status} at ${now}`);
		if (!m.removed && m.nextAttemptAt !== null && m.key?.kind !== 'gvlk') problems.push(`${m.name}: an attempt is scheduled but the installed key is not a GVLK`);
	}
	for (const o of sim.world.forest?.activationObjects ?? []) if ([...o.name].length > 40) problems.push(`activation object "${o.name}" is longer than 40 characters`);
	return problems;
}
