import { cacheSizeFor } from '../data/timers.ts';
import type { InconsistentRule, Issue } from './issues.ts';
import { isInt, isObject, isToken, own, report, reportExpected } from './jsonCheck.ts';
import type { Limits } from './limits.ts';
import { QUEUE_TARGETS } from './scheduler.ts';

/**
 * The checks of a saved state that need several parts at once (counts against lists, queue
 * entries against the world, CMID tables against the clock). Split from snapshotSchema.ts,
 * which checks each part's shape first; these run only on parts whose structure is sound.
 */

function broken(
	issues: Issue[],
	path: string,
	rule: InconsistentRule,
	values: { expected?: number; got?: number; name?: string } = {}
): void {
	report(issues, { path, code: 'inconsistent', rule, ...values });
}

/** Own array elements that are objects, or undefined if `v` is not an array of objects only. */
function objects(v: unknown): Record<string, unknown>[] | undefined {
	if (!Array.isArray(v)) return undefined;
	const out = v.filter(isObject);
	return out.length === v.length ? out : undefined;
}

/** The checks that need several parts at once; run only on parts whose structure is sound. */
export function checkConsistency(
	s: Record<string, unknown>,
	limits: Limits,
	issues: Issue[]
): void {
	const world = own(s, 'world') as Record<string, unknown>;
	const machines = objects(own(world, 'machines'));
	const hosts = objects(own(world, 'hosts'));
	const nowValue = own(s, 'now');
	const now = typeof nowValue === 'number' ? nowValue : NaN;

	// The caller's limits hold for saved state as for a scenario.
	if (machines && machines.length > limits.maxMachines)
		report(issues, {
			path: 'world.machines',
			code: 'limit',
			limit: 'maxMachines',
			max: limits.maxMachines,
			value: machines.length,
		});
	if (hosts && hosts.length > limits.maxHosts)
		report(issues, {
			path: 'world.hosts',
			code: 'limit',
			limit: 'maxHosts',
			max: limits.maxHosts,
			value: hosts.length,
		});
	if (now > limits.maxMinutes)
		report(issues, {
			path: 'now',
			code: 'limit',
			limit: 'maxMinutes',
			max: limits.maxMinutes,
			value: now,
		});
	const actionLog = own(s, 'actionLog');
	if (Array.isArray(actionLog) && actionLog.length > limits.maxActions)
		report(issues, {
			path: 'actionLog',
			code: 'limit',
			limit: 'maxActions',
			max: limits.maxActions,
			value: actionLog.length,
		});

	// Machines: `index` is the position (the engine addresses machines by it).
	machines?.forEach((m, i) => {
		const index = own(m, 'index');
		if (isInt(index) && index !== i)
			broken(issues, `world.machines[${i}].index`, 'index_position', { expected: i, got: index });
	});

	// The engine's own invariants (src/engine/invariants.ts) hold for every machine and host that is not removed.
	machines?.forEach((m, i) => {
		if (own(m, 'removed') !== false) return;
		const p = `world.machines[${i}]`;
		const expiresAt = own(m, 'expiresAt');
		if (typeof expiresAt === 'number' && expiresAt < now)
			broken(issues, `${p}.expiresAt`, 'expired_before_now', { expected: now, got: expiresAt });
		if (
			own(m, 'status') === 1 &&
			(own(m, 'activatedAt') === null || own(m, 'activatedBy') === null)
		)
			broken(issues, `${p}.status`, 'licensed_without_activation');
	});
	hosts?.forEach((h, i) => {
		const c = own(h, 'counters');
		if (!isObject(c)) return;
		const total = own(c, 'total');
		const failed = own(c, 'failed');
		const byStatus = own(c, 'byStatus');
		if (!isInt(total) || !isInt(failed) || !Array.isArray(byStatus) || !byStatus.every(isInt))
			return;
		const p = `world.hosts[${i}].counters`;
		if (failed > total)
			broken(issues, `${p}.failed`, 'failed_over_total', { expected: total, got: failed });
		const sum = (byStatus as number[]).reduce((a, b) => a + b, 0);
		if (sum !== total)
			broken(issues, `${p}.byStatus`, 'status_counts_sum', { expected: total, got: sum });
	});

	// Computer names are unique across machines and hosts (case-insensitive), removed ones included.
	const seen = new Map<string, string>();
	const names: [string, unknown][] = [
		...(machines ?? []).map((m, i): [string, unknown] => [
			`world.machines[${i}].name`,
			own(m, 'name'),
		]),
		...(hosts ?? []).map((h, i): [string, unknown] => [`world.hosts[${i}].name`, own(h, 'name')]),
	];
	for (const [path, name] of names) {
		if (typeof name !== 'string') continue;
		const first = seen.get(name.toLowerCase());
		if (first !== undefined) report(issues, { path, code: 'duplicate_name', name, usedBy: first });
		else seen.set(name.toLowerCase(), path);
	}

	// One CMID table per host, in host order, each [cmid, lastSeen] oldest first.
	const caches = own(s, 'caches');
	if (Array.isArray(caches)) {
		if (hosts && caches.length !== hosts.length)
			broken(issues, 'caches', 'cache_per_host', { expected: hosts.length, got: caches.length });
		caches.forEach((t, hi) => {
			checkCmidTable(`caches[${hi}]`, t, now, issues);
			// The table holds at most twice the highest threshold seen (R5).
			const host = hosts?.[hi];
			const threshold = host ? own(host, 'highestThreshold') : undefined;
			if (Array.isArray(t) && isInt(threshold) && t.length > cacheSizeFor(threshold))
				broken(issues, `caches[${hi}]`, 'cache_size', {
					expected: cacheSizeFor(threshold),
					got: t.length,
				});
		});
	}

	// Queue entries point at existing machines, hosts and timeline items, with generations not ahead of them.
	const queue = own(s, 'queue');
	const scenario = own(s, 'scenario');
	const timelineValue = isObject(scenario) ? own(scenario, 'timeline') : undefined;
	const timeline = Array.isArray(timelineValue) ? timelineValue : [];
	const seq = own(s, 'seq');
	if (Array.isArray(queue) && machines && hosts)
		queue.forEach((e, i) => {
			// Entries with a malformed kind or ref were reported above.
			if (!isObject(e)) return;
			const kind = own(e, 'kind');
			const ref = own(e, 'ref');
			const t = own(e, 't');
			const eSeq = own(e, 'seq');
			const eGen = own(e, 'gen');
			if (!isInt(kind) || !isInt(ref) || ref < 0) return;
			const p = `queue[${i}]`;
			const target = QUEUE_TARGETS[kind];
			if (target === undefined) return;
			if (typeof t === 'number' && t < now)
				broken(issues, `${p}.t`, 'queue_time', { expected: now, got: t });
			if (isInt(eSeq) && isInt(seq) && eSeq >= seq)
				broken(issues, `${p}.seq`, 'queue_seq', { expected: seq, got: eSeq });
			const list = target === 'machine' ? machines : target === 'host' ? hosts : timeline;
			if (ref >= list.length)
				return broken(
					issues,
					`${p}.ref`,
					target === 'machine'
						? 'queue_ref_machine'
						: target === 'host'
							? 'queue_ref_host'
							: 'queue_ref_timeline',
					{ expected: list.length - 1, got: ref }
				);
			if (target === 'timeline') return;
			const owner = list[ref] as Record<string, unknown>;
			const gen = own(
				owner,
				kind === 0 ? 'attemptGen' : target === 'machine' ? 'stateGen' : 'publishGen'
			);
			if (isInt(eGen) && isInt(gen) && eGen > gen)
				broken(issues, `${p}.gen`, 'queue_gen', { expected: gen, got: eGen });
			// Only GVLK machines attempt on their own; the engine relies on it and does not check the key again.
			const key = own(owner, 'key');
			const name = own(owner, 'name');
			if (
				kind === 0 &&
				eGen === gen &&
				own(owner, 'removed') === false &&
				!(isObject(key) && own(key, 'kind') === 'gvlk')
			)
				broken(issues, p, 'attempt_without_gvlk', typeof name === 'string' ? { name } : {});
		});

	// Recorded user actions happened by now.
	if (Array.isArray(actionLog))
		actionLog.forEach((r, i) => {
			const at = isObject(r) ? own(r, 'at') : undefined;
			if (typeof at === 'number' && at > now)
				broken(issues, `actionLog[${i}].at`, 'action_after_now', { expected: now, got: at });
		});
}

function checkCmidTable(path: string, t: unknown, now: number, issues: Issue[]): void {
	if (!Array.isArray(t)) return reportExpected(issues, path, 'cmidTable', t);
	const cmids = new Set<string>();
	let previous = -Infinity;
	t.forEach((entry, i) => {
		const p = `${path}[${i}]`;
		if (
			!Array.isArray(entry) ||
			entry.length !== 2 ||
			!isToken(entry[0]) ||
			typeof entry[1] !== 'number' ||
			!Number.isFinite(entry[1])
		)
			return reportExpected(issues, p, 'cmidPair', entry);
		const [cmid, time] = entry as [string, number];
		if (cmids.has(cmid)) broken(issues, p, 'cmid_twice', { name: cmid });
		cmids.add(cmid);
		if (time < 0 || time > now)
			broken(issues, `${p}[1]`, 'cmid_time', { expected: now, got: time });
		if (time < previous) broken(issues, `${p}[1]`, 'cmid_order', { expected: previous, got: time });
		previous = Math.max(previous, time);
	});
}
