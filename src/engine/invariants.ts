import {
	ACTIVATION_OBJECT_NAME_MAX,
	ACTIVATION_VALIDITY_MINUTES,
	MAX_INTERVAL,
	MIN_INTERVAL,
	cacheSizeFor,
} from '../data/timers.ts';
import type { SimulationView } from './simulation.ts';
import { LicenseStatusCode } from './types.ts';

/**
 * The engine's own invariants, checked on a simulation. Each violation is data: the computer (or
 * object) it concerns, the rule broken and the values that break it. Used by the property tests
 * and the command line's fuzz test, which expect none.
 */
export interface Violation {
	subject: string;
	rule:
		| 'count_over_cache'
		| 'count_not_live_cmids'
		| 'failed_over_total'
		| 'status_counters_sum'
		| 'port_range'
		| 'interval_range'
		| 'status_range'
		| 'licensed_without_success'
		| 'licensed_past_validity'
		| 'licensed_without_method'
		| 'state_past_expiry'
		| 'attempt_without_gvlk'
		| 'object_name_length';
	values?: readonly number[];
}

export function checkInvariants(sim: SimulationView): Violation[] {
	const out: Violation[] = [];
	const add = (subject: string, rule: Violation['rule'], ...values: number[]): void => {
		out.push(values.length > 0 ? { subject, rule, values } : { subject, rule });
	};
	const now = sim.now;
	for (const h of sim.hosts()) {
		const count = sim.hostCount(h.name);
		const size = cacheSizeFor(h.highestThreshold);
		if (count > size) add(h.name, 'count_over_cache', count, size);
		const live = new Set(sim.hostCmids(h.name).map((e) => e.cmid));
		if (live.size !== count) add(h.name, 'count_not_live_cmids', count, live.size);
		const c = h.counters;
		if (c.failed > c.total) add(h.name, 'failed_over_total', c.failed, c.total);
		if (c.byStatus.reduce((a, b) => a + b, 0) !== c.total)
			add(h.name, 'status_counters_sum', c.total);
		if (h.port < 1 || h.port > 65535) add(h.name, 'port_range', h.port);
		for (const v of [h.activationInterval, h.renewalInterval])
			if (v < MIN_INTERVAL || v > MAX_INTERVAL) add(h.name, 'interval_range', v);
	}
	for (const m of sim.machines()) {
		if (!(m.status >= 0 && m.status <= 6)) add(m.name, 'status_range', m.status);
		if (m.status === LicenseStatusCode.Licensed) {
			if (m.activatedAt === null) add(m.name, 'licensed_without_success');
			else if (m.expiresAt !== null && now - m.activatedAt > ACTIVATION_VALIDITY_MINUTES)
				add(m.name, 'licensed_past_validity', now - m.activatedAt);
			if (m.activatedBy === null) add(m.name, 'licensed_without_method');
		}
		if (m.expiresAt !== null && m.expiresAt < now)
			add(m.name, 'state_past_expiry', m.expiresAt, now);
		if (!m.removed && m.nextAttemptAt !== null && m.key?.kind !== 'gvlk')
			add(m.name, 'attempt_without_gvlk');
	}
	for (const o of sim.world.forest?.activationObjects ?? [])
		if ([...o.name].length > ACTIVATION_OBJECT_NAME_MAX)
			add(o.name, 'object_name_length', [...o.name].length);
	return out;
}
