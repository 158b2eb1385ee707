import { describe, expect, it } from 'vitest';
import { LAB_LIMITS } from '../../src/engine/index.ts';
import { loadPresets } from '../../src/lab/presets.ts';
import { LabSession, horizonOf, isErrorEntry, type Preset } from '../../src/lab/session.ts';

const { presets } = loadPresets();
const preset = (id: string): Preset => presets.find((p) => p.id === id)!;
const DAY = 1440;

function state(session: LabSession) {
	return {
		now: session.now,
		machines: session.sim.machines().map((m) => [m.name, m.status, m.lastResult, m.expiresAt]),
		counts: session.sim.hosts().map((h) => session.sim.hostCount(h.name)),
	};
}

describe('LabSession', () => {
	it('takes the horizon from the scenario, bounded by the lab limit', () => {
		expect(horizonOf(preset('threshold').scenario)).toBe(32 * DAY);
		expect(horizonOf({ world: {}, until: '9999d' })).toBe(LAB_LIMITS.maxMinutes);
		expect(horizonOf({ world: {} })).toBe(60 * DAY);
	});

	it('rewinds to an earlier time exactly as a run that stopped there', () => {
		const a = new LabSession(preset('firewall'));
		a.goTo(1 * DAY);
		a.dispatch({ type: 'setFirewall', host: 'KMS01', open: true });
		a.goTo(3 * DAY);
		a.goTo(1 * DAY + 600);
		const b = new LabSession(preset('firewall'));
		b.goTo(1 * DAY);
		b.dispatch({ type: 'setFirewall', host: 'KMS01', open: true });
		b.goTo(1 * DAY + 600);
		expect(state(a)).toEqual(state(b));
		expect(a.series.every((s) => s.t <= a.now)).toBe(true);
	});

	it("drops the reader's actions made after the time it rewinds to", () => {
		const s = new LabSession(preset('firewall'));
		s.goTo(2 * DAY + 60);
		s.dispatch({ type: 'setClockOffset', target: 'PC001', offset: '5h' });
		s.goTo(DAY);
		expect(s.actionLog).toHaveLength(0);
		expect(s.sim.machine('PC001')?.clockOffset).toBe(0);
	});

	it('rebuilds a run from its location (what a link or the autosave carries)', () => {
		const a = new LabSession(preset('dns-missing'));
		a.nextStep();
		a.goTo(35 * DAY);
		a.dispatch({ type: 'setDnsPublishing', host: 'KMS01', enabled: true });
		a.advanceBy(12 * DAY);
		const location = a.location();
		expect(location).toMatchObject({ scenario: 'dns-missing', step: 1, t: 47 * DAY });
		const b = new LabSession(preset('dns-missing'));
		b.restore(location);
		expect(state(b)).toEqual(state(a));
		expect(b.step).toBe(1);
	});

	it('describes an untouched guided step by its number alone', () => {
		const s = new LabSession(preset('threshold'));
		s.nextStep();
		s.nextStep();
		expect(s.location()).toEqual({ scenario: 'threshold', step: 2, t: null, log: [] });
		const again = new LabSession(preset('threshold'));
		again.restore(s.location());
		expect(state(again)).toEqual(state(s));
	});

	it('steps one event at a time and goes back a guided step', () => {
		const s = new LabSession(preset('threshold'));
		const info = s.stepEvent();
		expect(info).not.toBeNull();
		expect(s.atStep).toBe(false);
		s.goToStep(3);
		const count = s.sim.hostCount('KMS01');
		s.nextStep();
		s.goToStep(3);
		expect(s.sim.hostCount('KMS01')).toBe(count);
		expect(s.step).toBe(3);
	});

	it("refuses actions past the lab's limits without throwing", () => {
		const s = new LabSession(preset('firewall'));
		const before = s.sim.machines().length;
		const tooMany = s.dispatch({
			type: 'addMachines',
			prefix: 'PC',
			count: LAB_LIMITS.maxAddCount + 1,
			product: 'win11-enterprise',
		});
		expect(tooMany.ok).toBe(false);
		const bad = s.dispatch({ type: 'setFirewall', host: 'KMS01' });
		expect(bad.ok).toBe(false);
		const unknown = s.dispatch({ type: 'setFirewall', host: 'NOPE', open: true });
		expect(unknown.ok).toBe(false);
		expect(s.sim.machines()).toHaveLength(before);
		expect(s.actionLog.filter((r) => r.action.type === 'addMachines')).toHaveLength(0);
	});

	it("never goes past the lab's longest time", () => {
		const s = new LabSession(preset('renewal'));
		s.goTo(LAB_LIMITS.maxMinutes * 10);
		expect(s.now).toBe(LAB_LIMITS.maxMinutes);
		expect(s.end).toBe(LAB_LIMITS.maxMinutes);
	});

	it('filters the event log newest first', () => {
		const s = new LabSession(preset('clock-skew'));
		s.nextStep();
		const skew = s.recentEvents({ computer: 'PC026', id: 12288 }, 5);
		expect(skew.length).toBeGreaterThan(0);
		expect(skew.every((e) => e.computer === 'PC026' && e.id === 12288)).toBe(true);
		const errors = s.recentEvents({ errorsOnly: true }, 1000);
		expect(errors.every(isErrorEntry)).toBe(true);
		const all = s.recentEvents({}, 1000);
		for (let i = 1; i < all.length; i++)
			expect(all[i - 1]!.time).toBeGreaterThanOrEqual(all[i]!.time);
	});
});
