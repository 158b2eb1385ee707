import { Simulation, SimulationInputError, attempt, type Attempt, type Snapshot } from './simulation.ts';
import { validateSnapshot } from './snapshotSchema.ts';

/** Validates a saved state in full; throws SimulationInputError naming each problem. */
function checkSnapshot(data: unknown): Snapshot {
	const checked = validateSnapshot(data);
	if (!checked.ok) throw new SimulationInputError(`The saved state is damaged: ${checked.errors[0]}`, checked.errors);
	return checked.snapshot;
}

/** Rebuilds a simulation from a snapshot. Throws SimulationInputError if the snapshot is damaged. */
export function restoreSimulation(snapshot: unknown): Simulation {
	const s = checkSnapshot(snapshot);
	const sim = new Simulation({ world: {} }, { seed: s.seed });
	sim.restore(s);
	return sim;
}

/** The non-throwing variant for untrusted input (saved sessions): the problems name each JSON path. */
export function tryRestoreSimulation(snapshot: unknown): Attempt<Simulation> {
	return attempt(() => restoreSimulation(snapshot), (err) => `The saved state could not be read: ${String(err)}`);
}
