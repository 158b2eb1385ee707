import { SimCore } from './core.ts';
import type { Issue } from './issues.ts';
import { CLI_LIMITS, type Limits } from './limits.ts';
import { emptyWorld } from './world/build.ts';
import { Simulation, SimulationInputError } from './simulation.ts';
import { restoreInto } from './snapshot.ts';
import { validateSnapshot } from './snapshotSchema.ts';

/**
 * Rebuilding a run from saved state. Kept apart from simulation.ts so the validator stays out of
 * the lab's bundle, which rebuilds runs from their action logs and never restores snapshots.
 */

export type RestoreResult = { ok: true; sim: Simulation } | { ok: false; issues: Issue[] };

/** Validates a saved state in full and rebuilds the run. Never throws. */
export function loadSnapshot(snapshot: unknown, limits: Limits = CLI_LIMITS): RestoreResult {
	try {
		const checked = validateSnapshot(snapshot, limits);
		if (!checked.ok) return { ok: false, issues: checked.issues };
		const s = checked.snapshot;
		const core = new SimCore(s.scenario, s.seed, limits, s.log.limit, emptyWorld({}));
		restoreInto(core, s);
		return { ok: true, sim: new Simulation(core) };
	} catch (err) {
		return {
			ok: false,
			issues: [
				{
					path: '$',
					code: 'inconsistent',
					rule: `internal: ${err instanceof Error ? err.message : String(err)}`,
				},
			],
		};
	}
}

/** Rebuilds a simulation from a snapshot. Throws SimulationInputError if the snapshot is damaged. */
export function restoreSimulation(snapshot: unknown, limits: Limits = CLI_LIMITS): Simulation {
	const loaded = loadSnapshot(snapshot, limits);
	if (!loaded.ok) throw new SimulationInputError(loaded.issues);
	return loaded.sim;
}
