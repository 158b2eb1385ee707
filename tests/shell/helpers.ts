import { readFileSync } from 'node:fs';
import {
	createSimulation,
	parseDuration,
	type HostSpec,
	type Scenario,
	type Simulation,
	type WorldSpec,
} from '../../src/engine/index.ts';
import { createShell, type Shell } from '../../src/shell/shell.ts';
import type { ShellLang } from '../../src/shell/messages/index.ts';
import { catalogueFor } from '../../src/shell/messages/all.ts';

export const DAY = 1440;

export function kms(name = 'KMS01', extra: Partial<HostSpec> = {}): HostSpec {
	return { name, os: 'ws2022', hostKey: 'ws2022', firewallOpen: true, ...extra };
}

export function loadPreset(id: string): Scenario {
	return JSON.parse(
		readFileSync(new URL(`../../content/scenarios/${id}.json`, import.meta.url), 'utf8')
	) as Scenario;
}

export function minutes(duration: string): number {
	const m = parseDuration(duration);
	if (m === undefined) throw new Error(`bad duration ${duration}`);
	return m;
}

/** A simulation of a world, run for `duration`. */
export function simOf(
	world: WorldSpec,
	duration = '0m',
	rest: Omit<Scenario, 'world'> = {}
): Simulation {
	const sim = createSimulation({ ...rest, world }, { seed: 1 });
	sim.runFor(minutes(duration));
	return sim;
}

/** A preset run to `duration`. */
export function presetAt(id: string, duration: string): Simulation {
	const sim = createSimulation(loadPreset(id), { seed: 1 });
	sim.runFor(minutes(duration));
	return sim;
}

export function shellOn(
	sim: Simulation,
	machine: string,
	lang: ShellLang = 'en',
	elevated = true
): Shell {
	return createShell(sim, machine, { catalogue: catalogueFor(lang), elevated });
}

/** Runs lines and returns a transcript: prompt + command, then the output, as a reader would see it. */
export function transcript(shell: Shell, lines: readonly string[]): string {
	return lines.map((line) => `${shell.prompt()}${line}\n${shell.run(line).output}`).join('\n');
}
