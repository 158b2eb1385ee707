import { readFileSync } from 'node:fs';
import { createSimulation, parseDuration } from '../../engine/index.ts';
import { catalogueFor } from '../../shell/messages/all.ts';
import type { ShellLang } from '../../shell/messages/index.ts';
import { createShell } from '../../shell/shell.ts';

/**
 * Command samples for the guides, printed by the project's own shell when the site is built, so a
 * sample and the lab can never disagree. A sample names a preset (content/scenarios/<id>.json), a
 * time, a computer and the lines typed there; the result is what the lab's prompt shows.
 */
export interface TranscriptSpec {
	/** Preset id, e.g. "threshold". */
	scenario: string;
	/** How long the preset runs first, e.g. "26d". */
	at: string;
	/** Computer whose prompt the lines are typed at. */
	machine: string;
	/** Lines typed, in order (each may change the world, as at the lab's prompt). */
	commands: readonly string[];
	/** Show the prompt and the typed line before each output (default true). */
	prompts?: boolean;
}

const SCENARIO_DIR = new URL('../../../content/scenarios/', import.meta.url);

/** The transcript, in the shell's display language for the page's locale. Throws on a bad spec (the build stops, naming it). */
export function transcript(spec: TranscriptSpec, lang: ShellLang): string {
	if (!/^[a-z0-9-]{1,40}$/.test(spec.scenario))
		throw new Error(`transcript: bad scenario id ${JSON.stringify(spec.scenario)}`);
	const minutes = parseDuration(spec.at);
	if (minutes === undefined || minutes < 0)
		throw new Error(`transcript: bad time ${JSON.stringify(spec.at)} (use a duration like "26d")`);
	const scenario = JSON.parse(
		readFileSync(new URL(`${spec.scenario}.json`, SCENARIO_DIR), 'utf8')
	) as unknown;
	const sim = createSimulation(scenario, { seed: 1 });
	sim.advanceTo(minutes);
	if (sim.machine(spec.machine) === undefined && sim.host(spec.machine) === undefined)
		throw new Error(
			`transcript: no computer named ${spec.machine} in ${spec.scenario} at ${spec.at}`
		);
	const shell = createShell(sim, spec.machine, { catalogue: catalogueFor(lang), elevated: true });
	const parts = spec.commands.map((line) => {
		const output = shell.run(line).output;
		return spec.prompts === false ? output : `${shell.prompt()}${line}\n${output}`;
	});
	return parts.join('').replace(/\n+$/, '\n');
}
