import { describe, expect, it } from 'vitest';
import { LAB_LIMITS, type Action } from '../../src/engine/index.ts';
import { loadPresets } from '../../src/lab/presets.ts';
import { decodeReplayLog, encodeReplayLog } from '../../src/lab/replayLog.ts';
import { labSearch, parseLabSearch } from '../../src/lab/location.ts';
import { LabSession, type Preset } from '../../src/lab/session.ts';
import { driveInSlices } from '../../src/lab/slices.ts';
import { loadLocation, saveLocation, type StorageLike } from '../../src/lab/store.ts';
import { catalogueFor } from '../../src/shell/messages/all.ts';
import { createShell } from '../../src/shell/shell.ts';

/** The lab's terminal, buttons, links and saved state all reach the engine through one dispatch. */

const { presets } = loadPresets();
const preset = (id: string): Preset => presets.find((p) => p.id === id)!;
const known = presets.map((p) => p.id);
const DAY = 1440;

function memoryStorage(): StorageLike & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k),
	};
}

function state(s: LabSession) {
	return {
		now: s.now,
		machines: s.sim.machines().map((m) => [m.name, m.status, m.lastResult]),
		hosts: s.sim
			.hosts()
			.map((h) => [h.name, h.firewallOpen, h.firewallProfile, s.sim.hostCount(h.name)]),
	};
}

describe('the terminal acts through the lab session', () => {
	it('305 typed /ato: the 301st is refused when typed, and the saved lab reloads whole', () => {
		const s = new LabSession(preset('threshold'));
		s.goTo(DAY);
		const shell = createShell(s.shellSim(), 'PC001', {
			catalogue: catalogueFor('en'),
			elevated: true,
		});
		const outputs: string[] = [];
		for (let i = 0; i < 305; i++) outputs.push(shell.run('slmgr /ato').output);
		expect(s.actionLog).toHaveLength(LAB_LIMITS.maxActions);
		expect(outputs[299]).toContain('0xC004F038');
		expect(outputs[300]).toContain(`A run records at most ${LAB_LIMITS.maxActions} actions`);
		expect(outputs[304]).toContain('[KMS Lab]');
		// What the autosave writes is what the next visit reads.
		const storage = memoryStorage();
		expect(saveLocation(storage, s.location())).toBe(true);
		const loaded = loadLocation(storage, known);
		expect(loaded.kind).toBe('ok');
		const again = new LabSession(preset('threshold'));
		if (loaded.kind === 'ok') expect(again.restore(loaded.location)).toEqual({ ok: true });
		expect(state(again)).toEqual(state(s));
		// And so does a shared link.
		const parsed = parseLabSearch(`?${labSearch(s.location(), false)}`, known, 'threshold');
		expect(parsed?.problems).toEqual([]);
	});

	it('firewall rule state set at the prompt survives a rewind, a reload and a shared link', () => {
		const s = new LabSession(preset('firewall'));
		s.goTo(DAY);
		const host = createShell(s.shellSim(), 'KMS01', {
			catalogue: catalogueFor('en'),
			elevated: true,
		});
		expect(
			host.run('Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Public -Enabled True').output
		).toBe('');
		s.goTo(2 * DAY);
		s.goTo(DAY + 60); // a rewind rebuilds the run from its actions
		const rule = (x: LabSession) =>
			createShell(x.shellSim(), 'KMS01', { catalogue: catalogueFor('en'), elevated: true }).run(
				'Get-NetFirewallRule -Name SPPSVC-In-TCP'
			).output;
		expect(rule(s)).toMatch(/Enabled\s+: True/);
		expect(rule(s)).toMatch(/Profile\s+: Public/);
		const shared = parseLabSearch(`?${labSearch(s.location(), false)}`, known, 'threshold')!;
		const b = new LabSession(preset('firewall'));
		b.restore(shared.location);
		expect(rule(b)).toBe(rule(s));
		expect(state(b)).toEqual(state(s));
	});

	it('a button, a typed command and a replayed link give the same run', () => {
		const a = new LabSession(preset('clock-skew'));
		a.goTo(DAY / 2);
		createShell(a.shellSim(), 'PC026', { catalogue: catalogueFor('en'), elevated: true }).run(
			'w32tm /resync'
		);
		const b = new LabSession(preset('clock-skew'));
		b.goTo(DAY / 2);
		b.dispatch({ type: 'resyncClock', target: 'PC026' });
		expect(a.actionLog).toEqual(b.actionLog);
		const decoded = decodeReplayLog(encodeReplayLog(a.actionLog));
		expect(decoded.ok && decoded.log).toEqual(b.actionLog);
	});
});

/** A shared lab that used to freeze the tab for about 55 s: 2,000 machines, `/sri 15`, three years. */
function heavyLocation() {
	const log: { at: number; action: Action }[] = [
		{
			at: 0,
			action: { type: 'addMachines', prefix: 'LT', count: 1000, product: 'win11-enterprise' },
		},
		{
			at: 0,
			action: { type: 'addMachines', prefix: 'VM', count: 970, product: 'win11-enterprise' },
		},
		{ at: 0, action: { type: 'setRenewalInterval', host: 'KMS01', minutes: 15 } },
		{ at: 0, action: { type: 'setActivationInterval', host: 'KMS01', minutes: 15 } },
	];
	return { scenario: 'threshold', step: 0, t: LAB_LIMITS.maxMinutes, log };
}

describe('bounded work in the lab', () => {
	it('the heavy shared lab is refused within the event budget, naming the limit', () => {
		const s = new LabSession(preset('threshold'));
		const r = s.restore(heavyLocation());
		expect(r).toMatchObject({
			ok: false,
			error: { code: 'limit', limit: 'maxEvents', max: LAB_LIMITS.maxEvents },
		});
		// Nothing half-applied: the preset's start.
		expect(s.now).toBe(0);
		expect(s.sim.machines()).toHaveLength(
			new LabSession(preset('threshold')).sim.machines().length
		);
		expect(s.sim.work).toBeLessThanOrEqual(LAB_LIMITS.maxEvents);
	});

	it('a jump past the budget is refused and puts the run back exactly where it was', () => {
		const s = new LabSession(preset('threshold'));
		s.goTo(2 * DAY);
		s.dispatch({ type: 'addMachines', prefix: 'LT', count: 1000, product: 'win11-enterprise' });
		s.dispatch({ type: 'addMachines', prefix: 'VM', count: 900, product: 'win11-enterprise' });
		s.dispatch({ type: 'setRenewalInterval', host: 'KMS01', minutes: 15 });
		s.goTo(3 * DAY);
		const before = { ...state(s), log: s.location() };
		const r = s.goTo(LAB_LIMITS.maxMinutes);
		expect(r).toMatchObject({ ok: false, error: { limit: 'maxEvents' } });
		expect({ ...state(s), log: s.location() }).toEqual(before);
	});

	it('slices yield between runs, report progress, and Cancel puts the run back', () => {
		const s = new LabSession(preset('renewal'));
		const start = state(s);
		let clock = 0;
		const tasks: (() => void)[] = [];
		const progress: number[] = [];
		let done: { cancelled: boolean } | null = null;
		const driver = driveInSlices(s.forward(365 * DAY), {
			sliceMs: 1,
			// Every call moves the clock: each slice runs one sample interval.
			now: () => clock++,
			later: (task) => tasks.push(task),
			onProgress: (f) => progress.push(f),
			onDone: (_r, cancelled) => (done = { cancelled }),
		});
		expect(driver).not.toBeNull();
		for (let i = 0; i < 3; i++) tasks.shift()?.();
		expect(progress.length).toBeGreaterThan(1);
		expect(progress.every((p, i) => i === 0 || p >= (progress[i - 1] as number))).toBe(true);
		driver?.cancel();
		expect(done).toEqual({ cancelled: true });
		expect(state(s)).toEqual(start);
		expect(s.atStep).toBe(true);
	});

	it('a slice driver runs a small move within its first slice, with no progress shown', () => {
		const s = new LabSession(preset('renewal'));
		let finished = false;
		const driver = driveInSlices(s.forward(DAY), {
			sliceMs: 1e9,
			now: () => 0,
			later: () => undefined,
			onProgress: () => undefined,
			onDone: (r) => (finished = r.ok),
		});
		expect(driver).toBeNull();
		expect(finished).toBe(true);
		expect(s.now).toBe(DAY);
	});
});
