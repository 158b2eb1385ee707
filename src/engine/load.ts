import { SimCore } from './core.ts';
import type { EngineError } from './results.ts';
import type { Issue } from './issues.ts';
import type { Limits } from './limits.ts';
import type { Scenario } from './scenario.ts';
import { validateScenario } from './scenarioSchema.ts';
import { TIMELINE } from './scheduler.ts';
import { checkTimelineNames, parseTimeline } from './timeline.ts';
import { addHost, addMachines, countOf, emptyWorld } from './world/build.ts';

/**
 * Loading a scenario: check its shape and limits (scenarioSchema.ts), build its world with the
 * same functions the `addHost` and `addMachines` actions use, and check the names its timeline
 * uses. Every problem comes back as an issue with its path; nothing throws.
 */

export interface LoadOptions {
	limits: Limits;
	/** PRNG seed; defaults to the scenario's seed, then 1. */
	seed?: number;
	/** Event log cap (see `SimulationOptions.logLimit`). */
	logLimit?: number;
}

export const DEFAULT_LOG_LIMIT = 100_000;
/** Scenarios starting with more machines than this keep only event totals unless `logLimit` is given. */
export const LARGE_RUN_MACHINES = 2000;

export type CoreResult = { ok: true; core: SimCore } | { ok: false; issues: Issue[] };

/** An engine refusal met while building the world, as an issue at that spec's path. */
function asIssue(path: string, error: EngineError | undefined): Issue {
	if (error?.code === 'name_taken')
		return { path: `${path}.name`, code: 'duplicate_name', name: error.name };
	if (error?.code === 'limit')
		return { path, code: 'limit', limit: error.limit, max: error.max, value: error.value };
	if (error?.code === 'invalid_action' && error.issues[0])
		return { ...error.issues[0], path: `${path}.${error.issues[0].path}` };
	return { path, code: 'inconsistent', rule: error?.code ?? 'unknown' };
}

export function buildCore(data: unknown, options: LoadOptions): CoreResult {
	const checked = validateScenario(data, options.limits);
	if (!checked.ok) return { ok: false, issues: checked.issues };
	const built = buildChecked(checked.scenario, options);
	if (!built.ok) return built;
	const issues = checkTimelineNames(built.core, built.core.timeline);
	return issues.length > 0 ? { ok: false, issues } : built;
}

/**
 * Builds the run of a scenario whose shape is already checked, with the same functions the
 * `addHost` and `addMachines` actions use (so a duplicate name or a host key its OS cannot hold
 * is refused here too). Schedules the timeline last, as the scheduler's order depends on it.
 */
export function buildChecked(scenario: Scenario, options: LoadOptions): CoreResult {
	const ws = scenario.world;
	const initialMachines = (ws.machines ?? []).reduce((n, spec) => n + countOf(spec), 0);
	const logLimit =
		options.logLimit ?? (initialMachines > LARGE_RUN_MACHINES ? 0 : DEFAULT_LOG_LIMIT);
	const core = new SimCore(
		scenario,
		options.seed ?? scenario.seed ?? 1,
		options.limits,
		logLimit,
		emptyWorld(ws)
	);
	const issues: Issue[] = [];
	(ws.hosts ?? []).forEach((spec, i) => {
		const r = addHost(core, spec);
		if (!r.ok)
			issues.push(
				r.error?.code === 'bad_key'
					? {
							path: `world.hosts[${i}].hostKey`,
							code: 'host_key_os',
							group: spec.hostKey ?? '',
							os: spec.os,
						}
					: asIssue(`world.hosts[${i}]`, r.error)
			);
	});
	(ws.machines ?? []).forEach((spec, i) => {
		const r = addMachines(core, spec);
		if (!r.ok) issues.push(asIssue(`world.machines[${i}]`, r.error));
	});
	if (issues.length > 0) return { ok: false, issues };
	core.timeline = parseTimeline(scenario);
	core.timeline.forEach((item, i) => core.schedule(item.at, TIMELINE, i, 0));
	return { ok: true, core };
}
