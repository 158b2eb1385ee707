import { describe, expect, it } from 'vitest';
import { benchScenario } from '../../scripts/bench.ts';
import { createSimulation } from '../../src/engine/index.ts';

describe('bench scenario', () => {
	it('takes about 10% of the machines offline by names the engine really gives them', () => {
		const scenario = benchScenario(1000);
		const sim = createSimulation(scenario, { logLimit: 0 });
		const names = new Set(sim.machines().map((m) => m.name));
		const targets = (scenario.timeline ?? []).map(
			(item) => (item.action as { target: string }).target
		);
		expect(targets.length).toBeGreaterThan(2 * 60);
		expect(targets.length).toBeLessThan(2 * 140);
		for (const target of targets) expect(names.has(target), target).toBe(true);
	});

	it('really has machines away from the network: some requests never reach a host', () => {
		const sim = createSimulation(benchScenario(200), { logLimit: 0 });
		sim.advanceTo(3 * 365 * 1440);
		const { totals } = sim.eventTotals();
		expect(totals.e12288).toBeGreaterThan(totals.e12290);
	});
});
