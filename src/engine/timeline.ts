import { findProduct } from '../data/products.ts';
import type { Action } from './actions.ts';
import type { SimCore, TimelineRun } from './core.ts';
import type { Issue } from './issues.ts';
import type { Scenario } from './scenario.ts';
import { parseDuration } from './time.ts';
import { countOf, nextName } from './world/build.ts';
import { findZone } from './world/lookup.ts';

/**
 * A scenario's timeline: parsed into runs, and checked at load time for the names its actions use.
 * The check replays the timeline's naming (the same `nextName` rule `addMachines` uses) without
 * running anything, so an action naming a computer that will not exist, or a second computer with
 * a name already taken, is refused with its path instead of being ignored when it comes up.
 */

export function parseTimeline(scenario: Scenario): TimelineRun[] {
	return (scenario.timeline ?? []).map((item) => ({
		at: parseDuration(item.at) ?? 0,
		every: item.every !== undefined ? (parseDuration(item.every) ?? 0) : 0,
		times: item.times ?? 1,
		action: item.action,
	}));
}

/** The fields of an action that name a computer or a zone, and what they must name. */
const REFERENCES: readonly [
	field: 'machine' | 'host' | 'target' | 'zone',
	expected: 'machine' | 'host' | 'any' | 'zone',
][] = [
	['machine', 'machine'],
	['host', 'host'],
	['target', 'any'],
	['zone', 'zone'],
];

/** Actions whose `host` or `target` is a DNS name typed by the reader (`/skms`, an SRV record), not a computer of the world. */
const FREE_NAMES: ReadonlySet<string> = new Set(['setKmsHost', 'deleteSrvRecord', 'addSrvRecord']);

/** Every run of every item, in the order the scheduler runs them (by time, first runs before repeats). */
function runsInOrder(
	runs: readonly TimelineRun[],
	max: number
): { index: number; at: number; repeat: number }[] | undefined {
	const out: { index: number; at: number; repeat: number }[] = [];
	for (let i = 0; i < runs.length; i++) {
		const r = runs[i] as TimelineRun;
		for (let k = 0; k < r.times; k++) {
			if (out.length >= max) return undefined;
			out.push({ index: i, at: r.at + k * r.every, repeat: k });
		}
	}
	return out.sort(
		(a, b) => a.at - b.at || Math.min(a.repeat, 1) - Math.min(b.repeat, 1) || a.index - b.index
	);
}

/** Checks the names the timeline uses against the world the core holds (after the world spec is built). */
export function checkTimelineNames(core: SimCore, runs: readonly TimelineRun[]): Issue[] {
	const issues: Issue[] = [];
	const order = runsInOrder(runs, core.limits.maxTimelineRuns);
	if (order === undefined) {
		const value = runs.reduce((n, r) => n + r.times, 0);
		return [
			{
				path: 'timeline',
				code: 'limit',
				limit: 'maxTimelineRuns',
				max: core.limits.maxTimelineRuns,
				value,
			},
		];
	}
	// Copies of the name indexes: the check changes nothing in the core.
	const names = {
		nextNumber: new Map(core.nextNumber),
		machineIndex: new Map(core.machineIndex),
		hostIndex: new Map(core.hostIndex),
	};
	const removed = new Set<string>();
	const reported = new Set<number>();
	const report = (index: number, issue: Issue): void => {
		// One issue per item is enough: its repeats would only say it again.
		if (reported.has(index)) return;
		reported.add(index);
		issues.push(issue);
	};
	for (const run of order) {
		const action = (runs[run.index] as TimelineRun).action;
		const path = `timeline[${run.index}].action`;
		const problem = referenceProblem(core, names, removed, action, path);
		if (problem) report(run.index, problem);
		else applyNames(names, removed, action, path, (issue) => report(run.index, issue));
	}
	return issues;
}

type Names = {
	nextNumber: Map<string, number>;
	machineIndex: Map<string, number>;
	hostIndex: Map<string, number>;
};

function referenceProblem(
	core: SimCore,
	names: Names,
	removed: ReadonlySet<string>,
	action: Action,
	path: string
): Issue | undefined {
	const fields = action as unknown as Readonly<Record<string, unknown>>;
	for (const [field, expected] of REFERENCES) {
		if (!Object.hasOwn(fields, field)) continue;
		const name = fields[field];
		if (typeof name !== 'string') continue;
		if ((field === 'host' || field === 'target') && FREE_NAMES.has(action.type)) continue;
		const lower = name.toLowerCase();
		const isHost = names.hostIndex.has(lower);
		const isMachine = names.machineIndex.has(lower) && !removed.has(lower);
		const found =
			expected === 'zone'
				? findZone(core, name) !== undefined
				: expected === 'machine'
					? isMachine
					: expected === 'host'
						? isHost
						: isHost || isMachine;
		if (!found) return { path: `${path}.${field}`, code: 'unknown_name', name, expected };
	}
	return undefined;
}

/** What an action does to the set of names: creates machines or a host, removes a machine. */
function applyNames(
	names: Names,
	removed: Set<string>,
	action: Action,
	path: string,
	report: (issue: Issue) => void
): void {
	if (action.type === 'removeMachine') removed.add(action.machine.toLowerCase());
	else if (action.type === 'addHost') {
		const lower = action.name.toLowerCase();
		if (names.hostIndex.has(lower) || names.machineIndex.has(lower))
			report({ path: `${path}.name`, code: 'duplicate_name', name: action.name });
		else names.hostIndex.set(lower, names.hostIndex.size);
	} else if (action.type === 'addMachines') {
		const count = countOf(action);
		if (action.name !== undefined && count === 1) {
			const lower = action.name.toLowerCase();
			if (names.hostIndex.has(lower) || names.machineIndex.has(lower))
				report({ path: `${path}.name`, code: 'duplicate_name', name: action.name });
			else names.machineIndex.set(lower, names.machineIndex.size);
			return;
		}
		const prefix =
			action.prefix ?? (findProduct(action.product)?.family === 'server' ? 'SRV' : 'PC');
		for (let i = 0; i < count; i++)
			names.machineIndex.set(nextName(names, prefix).toLowerCase(), names.machineIndex.size);
	}
}
