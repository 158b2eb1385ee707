// Engine modules by path, not through engine/index.ts: the challenge panel carries only what it uses.
import { MAX_CLOCK_SKEW_MINUTES } from '../data/timers.ts';
import { findChallenge, type Challenge, type GoalCheck } from './challengeData.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { SimulationView } from '../engine/simulation.ts';
import { LicenseStatusCode, type Machine } from '../engine/types.ts';
import type { Preset } from './session.ts';

/**
 * The challenges' goals, read from the simulation's state after every change: what the reader
 * typed or clicked never counts, only the world it left. Each check is an outcome the panel shows
 * as "n of total" without naming the cause.
 */

export interface CheckResult {
	check: GoalCheck;
	/** Computers (or hosts) for which the outcome holds. */
	n: number;
	total: number;
	ok: boolean;
}

export interface GoalResult {
	solved: boolean;
	checks: CheckResult[];
}

/** The preset id a challenge's run carries (the lab's session and its saved location use it). */
export function challengePresetId(id: string): string {
	return `challenge-${id}`;
}

export function challengePreset(challenge: Challenge): Preset {
	return { id: challengePresetId(challenge.id), scenario: challenge.scenario, story: null };
}

/** How many clients the scenario starts with. */
function initialClients(scenario: Scenario): number {
	let n = 0;
	for (const spec of scenario.world.machines ?? []) n += spec.count ?? 1;
	return n;
}

/**
 * The clients a goal is about: every client the scenario started with (a removed one still counts,
 * as not done: removing a machine never solves a challenge) and every client added since.
 */
function clientsOf(sim: SimulationView): readonly Readonly<Machine>[] {
	const initial = initialClients(sim.scenario);
	return sim.world.machines.filter((m) => m.index < initial || !m.removed);
}

function count(
	clients: readonly Readonly<Machine>[],
	holds: (m: Readonly<Machine>) => boolean
): number {
	let n = 0;
	for (const m of clients) if (!m.removed && holds(m)) n++;
	return n;
}

function result(check: GoalCheck, n: number, total: number): CheckResult {
	return { check, n, total, ok: total > 0 && n === total };
}

function evaluate(check: GoalCheck, sim: SimulationView): CheckResult {
	const clients = clientsOf(sim);
	const total = clients.length;
	const licensed = (m: Readonly<Machine>) => m.status === LicenseStatusCode.Licensed;
	switch (check) {
		case 'licensed':
			return result(check, count(clients, licensed), total);
		case 'byKms':
			return result(
				check,
				count(clients, (m) => licensed(m) && m.activatedBy === 'kms'),
				total
			);
		case 'dnsDiscovery':
			return result(
				check,
				count(clients, (m) => m.manualKms === null),
				total
			);
		case 'gvlk':
			return result(
				check,
				count(clients, (m) => m.key?.kind === 'gvlk'),
				total
			);
		case 'uniqueCmids': {
			const cmids = new Set(clients.filter((m) => !m.removed).map((m) => m.cmid));
			return result(check, cmids.size, total);
		}
		case 'clocks': {
			const host = sim.hosts()[0];
			if (host === undefined) return result(check, 0, total + 1);
			const near = (a: number, b: number) => Math.abs(a - b) <= MAX_CLOCK_SKEW_MINUTES;
			const hostOk = near(host.clockOffset, 0) ? 1 : 0;
			return result(
				check,
				hostOk + count(clients, (m) => near(m.clockOffset, host.clockOffset)),
				total + 1
			);
		}
		case 'hostsPublished': {
			const hosts = sim.hosts();
			let n = 0;
			for (const h of hosts)
				if (
					sim
						.srvRecords(h.domain)
						.some(
							(r) => r.publishedBy === h.name && r.target.toLowerCase() === h.fqdn.toLowerCase()
						)
				)
					n++;
			return result(check, n, hosts.length);
		}
	}
}

/** The challenge's goal in the simulation's current state. */
export function evaluateGoal(challenge: Challenge, sim: SimulationView): GoalResult {
	const checks = challenge.goal.map((c) => evaluate(c, sim));
	return { solved: checks.every((c) => c.ok), checks };
}

/** Reads `?challenge=<id>`: the id of a known challenge, or null. */
export function challengeFromSearch(search: string): Challenge | null {
	let id: string | null;
	try {
		id = new URLSearchParams(search).get('challenge');
	} catch {
		return null;
	}
	return id === null ? null : (findChallenge(id) ?? null);
}
