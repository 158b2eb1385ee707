import { readFileSync } from 'node:fs';
import {
	createSimulation,
	parseDuration,
	type HostSpec,
	type Scenario,
	type Simulation,
	type WorldSpec,
} from '../../src/engine/index.ts';

export const DAY = 1440;

/** A KMS host as most tests want it: Server 2022 key, activated, firewall rule on. */
export function kms(name = 'KMS01', extra: Partial<HostSpec> = {}): HostSpec {
	return { name, os: 'ws2022', hostKey: 'ws2022', firewallOpen: true, ...extra };
}

export function simOf(world: WorldSpec, rest: Omit<Scenario, 'world'> = {}, seed = 1): Simulation {
	return createSimulation({ ...rest, world }, { seed });
}

export function loadPreset(name: string): Scenario {
	return JSON.parse(
		readFileSync(new URL(`../../content/scenarios/${name}.json`, import.meta.url), 'utf8')
	) as Scenario;
}

export function minutes(duration: string): number {
	const m = parseDuration(duration);
	if (m === undefined) throw new Error(`bad duration ${duration}`);
	return m;
}

/** The named machine; fails the test if it does not exist. */
export function machine(sim: Simulation, name: string) {
	const m = sim.machine(name);
	if (!m) throw new Error(`no machine ${name}`);
	return m;
}
