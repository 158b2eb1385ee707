import {
	createSimulation,
	LicenseStatusCode,
	parseDuration,
	type Action,
	type ActionResult,
	type LogEntry,
	type RecordedAction,
	type Scenario,
	type Simulation,
	type StepInfo,
} from '../engine/index.ts';
import { findProduct } from '../data/products.ts';
import { MINUTES_PER_DAY } from '../data/timers.ts';
import { LAB_LIMITS } from './limits.ts';
import type { LabLocation } from './location.ts';
import { checkRecordedAction } from './replayLog.ts';
import { addSample, sampleInterval, truncateAfter, type Sample } from './series.ts';
import type { StepTarget, Story } from './story.ts';

/**
 * One run of the lab: a preset's simulation, the reader's actions, the guided step reached, and
 * the chart samples. Plain TypeScript (no DOM, no Preact) so it is tested directly; the
 * components only render it and call its methods. The engine owns every rule: this class only
 * moves time, forwards actions and rebuilds runs for rewinds, links and saved state.
 */
export interface Preset {
	id: string;
	scenario: Scenario;
	story: Story | null;
}

export interface StepRun {
	reached: boolean;
	/** Scheduled events processed. */
	events: number;
}

/** How long the lab shows a scenario with no `until`. */
const DEFAULT_HORIZON = 60 * MINUTES_PER_DAY;

export function horizonOf(scenario: Scenario): number {
	const until = scenario.until === undefined ? undefined : parseDuration(scenario.until);
	return Math.min(LAB_LIMITS.maxMinutes, until !== undefined && until > 0 ? until : DEFAULT_HORIZON);
}

function targetReached(sim: Simulation, target: StepTarget, info: StepInfo | null): boolean {
	if ('machine' in target) {
		const m = sim.machine(target.machine);
		if (m === undefined) return false;
		if ('status' in target) return m.status === target.status;
		// An attempt made by this step (automatic, or an `activate` on the scenario's timeline).
		return info !== null && m.lastAttemptAt === sim.now && m.lastResult === target.result;
	}
	if ('host' in target) return sim.hostCount(target.host) >= target.count;
	if ('licensed' in target) {
		let n = 0;
		for (const m of sim.world.machines) if (!m.removed && m.status === LicenseStatusCode.Licensed) n++;
		return n >= target.licensed;
	}
	return false;
}

export class LabSession {
	readonly preset: Preset;
	readonly horizon: number;
	readonly interval: number;
	sim: Simulation;
	series: Sample[] = [];
	/** Guided step reached (0 = before the first). */
	step = 0;
	/** True while the state is exactly what running the guided steps gives (no own time or actions). */
	atStep = true;
	/** Increases on every change, so views know when to redraw. */
	version = 0;

	constructor(preset: Preset) {
		this.preset = preset;
		this.horizon = horizonOf(preset.scenario);
		this.interval = sampleInterval(this.horizon);
		this.sim = this.freshSimulation();
		this.sample();
	}

	private freshSimulation(): Simulation {
		return createSimulation(this.preset.scenario, { logLimit: LAB_LIMITS.logLimit });
	}

	get now(): number {
		return this.sim.now;
	}

	/** The latest time the scrubber offers. */
	get end(): number {
		return Math.min(LAB_LIMITS.maxMinutes, Math.max(this.horizon, this.sim.now));
	}

	get stepCount(): number {
		return this.preset.story?.steps.length ?? 0;
	}

	get actionLog(): readonly RecordedAction[] {
		return this.sim.actionLog;
	}

	/** Records the chart sample for the current time. */
	sample(): void {
		const sim = this.sim;
		const byStatus = [0, 0, 0, 0, 0, 0, 0];
		for (const m of sim.world.machines) if (!m.removed) byStatus[m.status] = (byStatus[m.status] ?? 0) + 1;
		const counts = sim.world.hosts.filter((h) => !h.removed).map((h) => sim.hostCount(h.name));
		addSample(this.series, { t: sim.now, counts, byStatus });
	}

	private changed(): void {
		this.version++;
	}

	/** Moves forward to `t`, sampling the chart on the way. */
	private forwardTo(t: number): void {
		const target = Math.min(t, LAB_LIMITS.maxMinutes);
		while (this.sim.now < target) {
			const next = Math.min(target, (Math.floor(this.sim.now / this.interval) + 1) * this.interval);
			this.sim.advanceTo(next);
			this.sample();
		}
	}

	/** Goes to a simulated time: forward runs on, backward rebuilds the run up to that time. */
	goTo(t: number): void {
		const target = Math.max(0, Math.min(Math.round(t), LAB_LIMITS.maxMinutes));
		if (target === this.sim.now) return;
		if (target > this.sim.now) this.forwardTo(target);
		else this.rewindTo(target);
		this.atStep = false;
		this.changed();
	}

	advanceBy(minutes: number): void {
		this.goTo(this.sim.now + minutes);
	}

	/** Rebuilds the run up to `t`, keeping the reader's actions made at or before `t`. */
	private rewindTo(t: number): void {
		const keep = this.sim.actionLog.filter((r) => r.at <= t);
		this.sim = this.freshSimulation();
		for (const r of keep) {
			this.sim.advanceTo(r.at);
			this.sim.dispatch(r.action);
		}
		this.sim.advanceTo(t);
		truncateAfter(this.series, t);
		this.sample();
	}

	/** Processes the next scheduled event (→ key). Returns what happened, or null at the end. */
	stepEvent(): StepInfo | null {
		const next = this.sim.nextEventTime();
		if (next === null || next > LAB_LIMITS.maxMinutes) return null;
		const info = this.sim.step();
		this.sample();
		this.atStep = false;
		this.changed();
		return info;
	}

	/** Applies a reader's action now (checked like a shared link's actions). */
	dispatch(action: Action): ActionResult {
		const checked = checkRecordedAction([this.sim.now, action], this.sim.actionLog.length, 0);
		if (!checked.ok) return { ok: false, code: null, error: { ja: checked.error, en: checked.error } };
		if (this.sim.actionLog.length >= LAB_LIMITS.maxActions) {
			return { ok: false, code: null, error: { ja: `操作は 1 回の実行で ${LAB_LIMITS.maxActions} 件までです。リセットしてください。`, en: `A run holds at most ${LAB_LIMITS.maxActions} actions. Reset to start again.` } };
		}
		if (action.type === 'addMachines' && this.sim.machines().length + (action.count ?? 1) > LAB_LIMITS.maxMachines) {
			return { ok: false, code: null, error: { ja: `このラボで扱えるのは ${LAB_LIMITS.maxMachines} 台までです。`, en: `The lab holds at most ${LAB_LIMITS.maxMachines} machines.` } };
		}
		const result = this.sim.dispatch(action);
		this.afterExternalChange();
		return result;
	}

	/** Call after something changed the simulation outside `dispatch` (a terminal command). */
	afterExternalChange(): void {
		this.sample();
		this.atStep = false;
		this.changed();
	}

	/** Runs the simulation to a guided step's target, within the lab's limits. */
	runTo(target: StepTarget): StepRun {
		if ('at' in target) {
			const t = Math.min(parseDuration(target.at) ?? 0, LAB_LIMITS.maxMinutes);
			if (t > this.sim.now) this.forwardTo(t);
			return { reached: this.sim.now >= t, events: 0 };
		}
		if (!('machine' in target && 'result' in target) && targetReached(this.sim, target, null)) return { reached: true, events: 0 };
		let events = 0;
		let nextSample = (Math.floor(this.sim.now / this.interval) + 1) * this.interval;
		while (events < LAB_LIMITS.maxStepEvents) {
			const next = this.sim.nextEventTime();
			if (next === null || next > LAB_LIMITS.maxMinutes) return { reached: false, events };
			// Sample the chart at each interval boundary the run passes, without processing events early.
			while (next > nextSample) {
				this.sim.advanceTo(nextSample);
				this.sample();
				nextSample += this.interval;
			}
			const info = this.sim.step();
			events++;
			if (targetReached(this.sim, target, info)) {
				this.sample();
				return { reached: true, events };
			}
		}
		return { reached: false, events };
	}

	/** *Next*: runs to the next guided step's target. Returns false when there is no next step. */
	nextStep(): StepRun | null {
		const story = this.preset.story;
		const step = story?.steps[this.step];
		if (step === undefined) return null;
		const run = step.until === undefined ? { reached: true, events: 0 } : this.runTo(step.until);
		this.step++;
		this.changed();
		return run;
	}

	/** Starts the scenario again and runs the guided steps up to `n` (for *Previous* and `?step=n`). */
	goToStep(n: number): void {
		const last = Math.max(0, Math.min(n, this.stepCount));
		this.sim = this.freshSimulation();
		this.series = [];
		this.sample();
		this.step = 0;
		while (this.step < last) this.nextStep();
		this.atStep = true;
		this.changed();
	}

	reset(): void {
		this.goToStep(0);
	}

	/** Rebuilds a run from a location (URL or saved state). The location was already checked. */
	restore(location: LabLocation): void {
		if (location.t === null && location.log.length === 0) {
			this.goToStep(location.step);
			return;
		}
		this.sim = this.freshSimulation();
		this.series = [];
		this.sample();
		for (const r of location.log) {
			this.forwardTo(r.at);
			this.sim.dispatch(r.action);
		}
		this.forwardTo(location.t ?? this.sim.now);
		this.sample();
		this.step = Math.max(0, Math.min(location.step, this.stepCount));
		this.atStep = false;
		this.changed();
	}

	location(): LabLocation {
		return {
			scenario: this.preset.id,
			step: this.step,
			t: this.atStep ? null : this.sim.now,
			log: this.atStep ? [] : [...this.sim.actionLog],
		};
	}

	/** Event log entries, newest first, after the filters. */
	recentEvents(filter: { computer?: string; id?: LogEntry['id']; errorsOnly?: boolean }, limit: number): LogEntry[] {
		const all = this.sim.events(filter.computer !== undefined ? { computer: filter.computer } : {});
		const out: LogEntry[] = [];
		for (let i = all.length - 1; i >= 0 && out.length < limit; i--) {
			const e = all[i] as LogEntry;
			if (filter.id !== undefined && e.id !== filter.id) continue;
			if (filter.errorsOnly === true && !isErrorEntry(e)) continue;
			out.push(e);
		}
		return out;
	}
}

/** An entry that reports a failure: a Windows event whose HRESULT is not 0, or a failure note. */
export function isErrorEntry(e: LogEntry): boolean {
	if (e.id === 'note') return e.kind === 'activationFailed' || (e.kind === 'stateChanged' && (e.to === 3 || e.to === 5));
	return e.hresult !== '0x00000000';
}

const serverProducts = new Map<string, boolean>();

/** Client OS or server OS, from the product data (cached: the network view asks for every machine). */
export function isServerProduct(productId: string): boolean {
	let server = serverProducts.get(productId);
	if (server === undefined) {
		server = findProduct(productId)?.family === 'server';
		serverProducts.set(productId, server);
	}
	return server;
}
