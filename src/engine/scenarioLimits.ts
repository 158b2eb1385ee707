import { isObject, isWholeNumber, own, report } from './jsonCheck.ts';
import type { Issue } from './issues.ts';
import type { LimitName, Limits } from './limits.ts';
import { parseDuration } from './time.ts';

/**
 * The size limits of a scenario, checked on its JSON before anything is built (split from
 * scenarioSchema.ts, which checks shapes). A scenario that would build more machines than the
 * caller's profile allows is refused here.
 */

/** Longer than any duration or offset anyone writes; keeps parsing cheap. */
const DURATION_MAX_CHARS = 32;

export const minutesOf = (v: unknown): number | undefined =>
	typeof v === 'string' && v.length <= DURATION_MAX_CHARS && !/\s/.test(v)
		? parseDuration(v)
		: undefined;

/** Reports that `value` at `path` passes `limit` (whose maximum is `max`). */
function overLimit(
	issues: Issue[],
	path: string,
	limit: LimitName,
	max: number,
	value: number
): void {
	report(issues, { path, code: 'limit', limit, max, value });
}

/** Own array at `key` of `obj`, or []. */
function ownArray(obj: unknown, key: string): readonly unknown[] {
	if (!isObject(obj)) return [];
	const v = own(obj, key);
	return Array.isArray(v) ? v : [];
}

/** A machine spec's count (1 when absent; 0 when unusable: reported already). */
function machineCount(spec: unknown): number {
	if (!isObject(spec)) return 0;
	const c = own(spec, 'count');
	return c === undefined ? 1 : isWholeNumber(c) ? c : 0;
}

/** How many times a timeline item runs (1 when absent or unusable). */
function runsOf(item: Record<string, unknown>): number {
	const t = own(item, 'times');
	return isWholeNumber(t) ? t : 1;
}

/** Reports `limit` once, at the first place a running total passes `max`, with the whole total. */
function checkTotal(
	issues: Issue[],
	limit: LimitName,
	max: number,
	parts: readonly (readonly [path: string, n: number])[]
): void {
	const total = parts.reduce((sum, [, n]) => sum + n, 0);
	if (total <= max) return;
	let running = 0;
	for (const [path, n] of parts) {
		running += n;
		if (running > max) return overLimit(issues, path, limit, max, total);
	}
}

/** The limits of the caller's profile, on a scenario whose shape is sound enough to count. */
export function checkLimits(data: Record<string, unknown>, limits: Limits, issues: Issue[]): void {
	const world = own(data, 'world');
	const machines: [string, number][] = [['world.machines', 0]];
	const hosts: [string, number][] = [['world.hosts', ownArray(world, 'hosts').length]];
	ownArray(world, 'machines').forEach((spec, i) => {
		const n = machineCount(spec);
		if (n > limits.maxAddCount)
			overLimit(issues, `world.machines[${i}].count`, 'maxAddCount', limits.maxAddCount, n);
		(machines[0] as [string, number])[1] += n;
	});

	const until = minutesOf(own(data, 'until'));
	if (until !== undefined && until > limits.maxMinutes)
		overLimit(issues, 'until', 'maxMinutes', limits.maxMinutes, until);

	let runs = 0;
	ownArray(data, 'timeline').forEach((item, i) => {
		if (!isObject(item)) return;
		const p = `timeline[${i}]`;
		const times = runsOf(item);
		runs += times;
		const at = minutesOf(own(item, 'at'));
		const every = minutesOf(own(item, 'every')) ?? 0;
		if (at !== undefined && at > limits.maxMinutes)
			overLimit(issues, `${p}.at`, 'maxMinutes', limits.maxMinutes, at);
		else if (at !== undefined && times > 1 && at + every * (times - 1) > limits.maxMinutes)
			overLimit(issues, `${p}.times`, 'maxMinutes', limits.maxMinutes, at + every * (times - 1));
		const act = own(item, 'action');
		if (!isObject(act)) return;
		const type = own(act, 'type');
		if (type === 'addMachines') {
			const n = machineCount(act);
			if (n > limits.maxAddCount)
				overLimit(issues, `${p}.action.count`, 'maxAddCount', limits.maxAddCount, n);
			machines.push([p, n * times]);
		} else if (type === 'addHost') hosts.push([p, times]);
	});
	if (runs > limits.maxTimelineRuns)
		overLimit(issues, 'timeline', 'maxTimelineRuns', limits.maxTimelineRuns, runs);
	checkTotal(issues, 'maxMachines', limits.maxMachines, machines);
	checkTotal(issues, 'maxHosts', limits.maxHosts, hosts);
}
