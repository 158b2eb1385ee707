import { CLI_LIMITS, loadSimulation, type RunResult, type Simulation } from '../engine/index.ts';
import { formatIssue } from '../i18n/issues/index.ts';
import type { CliLang } from './messages.ts';

/**
 * The CLI's one way into the engine: load a scenario under CLI_LIMITS (a world past them is refused
 * before any machine is built) and move the clock within its event budget. Nothing else in src/cli
 * builds a simulation.
 */

export type LoadResult = { ok: true; sim: Simulation } | { ok: false; problems: string[] };

/** Each problem as one line, `<JSON path>: <sentence>`, in the CLI's language. */
export function loadForCli(scenario: unknown, lang: CliLang): LoadResult {
	const loaded = loadSimulation(scenario, { limits: CLI_LIMITS });
	return loaded.ok
		? loaded
		: { ok: false, problems: loaded.issues.map((issue) => formatIssue(issue, lang)) };
}

/** Moves the clock to `t` (minutes), or says which limit stopped it. */
export function runUntil(sim: Simulation, t: number): RunResult {
	return sim.advanceTo(t);
}
