// Engine modules by path, not through engine/index.ts: the island then carries only what it uses.
import { LAB_LIMITS, LAB_STORAGE } from '../engine/limits.ts';
import type { ActionResult, EngineError } from '../engine/results.ts';
import type { RecordedAction } from '../engine/core.ts';
import type { Scenario } from '../engine/scenario.ts';
import { simulationOfChecked, type Simulation } from '../engine/simulation.ts';
import type { StepInfo } from '../engine/clock.ts';
import { parseDuration } from '../engine/time.ts';
import { LicenseStatusCode, type LogEntry } from '../engine/types.ts';
import { findProduct } from '../data/products.ts';
import { MINUTES_PER_DAY } from '../data/timers.ts';
import type { ShellSim } from '../shell/context.ts';
import type { LabLocation } from './location.ts';
import { addSample, sampleInterval, truncateAfter, type Sample } from './series.ts';
import { dayOf } from './format.ts';
import type { StepTarget, Story, StoryView } from './story.ts';

/**
 * One run of the lab: a preset's simulation, the reader's actions, the guided step reached, and
 * the chart samples. Plain TypeScript (no DOM, no Preact) so it is tested directly; the
 * components only render it and call its methods. The engine owns every rule and every limit:
 * this class moves time within the lab's event budget, forwards actions to the engine's one
 * dispatch, and rebuilds runs for rewinds, links and saved state.
 *
 * The budget is for the whole run (`sim.work`, every queue entry since the start), so any state the
 * lab reaches can be rebuilt from its location within the same budget: a reload or a shared link
 * never meets a limit the live run did not.
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
	/** Why the run stopped short: the lab's event budget. */
	stopped?: LimitError;
}

export type LimitError = Extract<EngineError, { code: 'limit' }>;

/** A move of the clock: done, or refused with the run put back where it was. */
export type MoveResult = { ok: true } | { ok: false; error: LimitError };

/** How long the lab shows a scenario with no `until`. */
const DEFAULT_HORIZON = 60 * MINUTES_PER_DAY;

export function horizonOf(scenario: Scenario): number {
	const until = scenario.until === undefined ? undefined : parseDuration(scenario.until);
	return Math.min(
		LAB_LIMITS.maxMinutes,
		until !== undefined && until > 0 ? until : DEFAULT_HORIZON
	);
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
		for (const m of sim.world.machines)
			if (!m.removed && m.status === LicenseStatusCode.Licensed) n++;
		return n >= target.licensed;
	}
	return false;
}

function budgetError(sim: Simulation): LimitError {
	return { code: 'limit', limit: 'maxEvents', max: LAB_LIMITS.maxEvents, value: sim.work + 1 };
}

/**
 * A forward move of the clock, run in slices so the page can draw and offer Cancel between them.
 * Refused (budget) or cancelled, it puts the run back where it started: nothing half-applied.
 */
export class ForwardRun {
	readonly from: number;
	readonly target: number;
	private readonly session: LabSession;
	/** Whether the run stood at a guided step: putting it back then means rebuilding that step. */
	private readonly fromStep: boolean;
	private outcome: MoveResult | null = null;

	constructor(session: LabSession, target: number) {
		this.session = session;
		this.from = session.now;
		this.fromStep = session.atStep;
		this.target = Math.max(this.from, Math.min(Math.round(target), LAB_LIMITS.maxMinutes));
	}

	/** 0 … 1 of the simulated time to cover. */
	get progress(): number {
		return this.target === this.from
			? 1
			: (this.session.now - this.from) / (this.target - this.from);
	}

	get result(): MoveResult | null {
		return this.outcome;
	}

	/** Runs sample interval after sample interval while `more()` says so; returns the outcome once finished. */
	runWhile(more: () => boolean): MoveResult | null {
		if (this.outcome !== null) return this.outcome;
		const s = this.session;
		do {
			if (s.now >= this.target) return this.finish({ ok: true });
			if (!s.advanceSlice(this.target))
				return this.finish({ ok: false, error: budgetError(s.sim) });
		} while (more());
		return s.now >= this.target ? this.finish({ ok: true }) : null;
	}

	/** Runs to the end now (tests, small moves). */
	runToEnd(): MoveResult {
		return this.runWhile(() => true) as MoveResult;
	}

	/** Stops and puts the run back where it started. */
	cancel(): void {
		if (this.outcome !== null) return;
		this.putBack();
		this.outcome = { ok: true };
	}

	private finish(outcome: MoveResult): MoveResult {
		this.outcome = outcome;
		if (!outcome.ok) this.putBack();
		else if (this.target !== this.from) this.session.moved();
		return outcome;
	}

	private putBack(): void {
		if (this.fromStep) this.session.goToStep(this.session.step);
		else this.session.rebuildAt(this.from);
	}
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
		// Presets are loaded with every check when the site is built (presets.ts), so the island skips them.
		return simulationOfChecked(this.preset.scenario, {
			limits: LAB_LIMITS,
			logLimit: LAB_STORAGE.logLimit,
		});
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
		for (const m of sim.world.machines)
			if (!m.removed) byStatus[m.status] = (byStatus[m.status] ?? 0) + 1;
		const counts = sim.world.hosts.filter((h) => !h.removed).map((h) => sim.hostCount(h.name));
		addSample(this.series, { t: sim.now, counts, byStatus });
	}

	private changed(): void {
		this.version++;
	}

	/** The reader moved the run away from the guided steps. */
	moved(): void {
		this.atStep = false;
		this.changed();
	}

	/** A forward move to run in slices (the page yields between them, shows progress, offers Cancel). */
	forward(t: number): ForwardRun {
		return new ForwardRun(this, t);
	}

	/** Goes to a simulated time now: forward runs on (within the budget), backward rebuilds the run. */
	goTo(t: number): MoveResult {
		const target = Math.max(0, Math.min(Math.round(t), LAB_LIMITS.maxMinutes));
		if (target === this.sim.now) return { ok: true };
		if (target > this.sim.now) return this.forward(target).runToEnd();
		this.rebuildAt(target);
		this.moved();
		return { ok: true };
	}

	advanceBy(minutes: number): MoveResult {
		return this.goTo(this.sim.now + minutes);
	}

	/** Rebuilds the run as a location at `t` describes it: the scenario, the reader's actions made at or before `t`, and time. */
	rebuildAt(t: number): void {
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

	/** Processes the next scheduled event (→ key). Returns what happened, or null at the end or at the budget. */
	stepEvent(): StepInfo | null {
		const next = this.sim.nextEventTime();
		if (next === null || next > LAB_LIMITS.maxMinutes || this.sim.work >= LAB_LIMITS.maxEvents)
			return null;
		const info = this.sim.step();
		this.sample();
		this.moved();
		return info;
	}

	/** Applies a reader's action now, through the engine's one dispatch (validated, limited, recorded). */
	dispatch(action: unknown): ActionResult {
		const result = this.sim.dispatch(action);
		if (result.ok || result.code !== null || result.error === undefined) {
			this.sample();
			this.moved();
		}
		return result;
	}

	/** The simulation as the terminal sees it: read-only, with this session's dispatch as the one way in. */
	shellSim(): ShellSim {
		// A view over the current run whose `dispatch` is the session's (limits, samples, redraws).
		return Object.create(this.sim, {
			dispatch: { value: (action: unknown) => this.dispatch(action) },
		}) as ShellSim;
	}

	/** Runs the simulation to a guided step's target, within the lab's budget. */
	runTo(target: StepTarget): StepRun {
		if ('at' in target) {
			const t = Math.min(parseDuration(target.at) ?? 0, LAB_LIMITS.maxMinutes);
			if (t <= this.sim.now) return { reached: true, events: 0 };
			const before = this.sim.work;
			const run = this.forward(t).runToEnd();
			return run.ok
				? { reached: true, events: this.sim.work - before }
				: { reached: false, events: 0, stopped: run.error };
		}
		if (!('machine' in target && 'result' in target) && targetReached(this.sim, target, null))
			return { reached: true, events: 0 };
		let events = 0;
		let nextSample = (Math.floor(this.sim.now / this.interval) + 1) * this.interval;
		for (;;) {
			if (this.sim.work >= LAB_LIMITS.maxEvents)
				return { reached: false, events, stopped: budgetError(this.sim) };
			const next = this.sim.nextEventTime();
			if (next === null || next > LAB_LIMITS.maxMinutes) return { reached: false, events };
			// Sample the chart at each interval boundary the run passes, without processing events early.
			while (next > nextSample) {
				this.sim.advanceTo(nextSample, 0);
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
	}

	/**
	 * *Next*: the next guided step. From a guided step it runs on to the next target; after the
	 * reader's own time or actions it rebuilds the step from the start, so a step's state never
	 * depends on what the reader did before. Returns null when there is no next step.
	 */
	nextStep(): StepRun | null {
		if (this.step >= this.stepCount) return null;
		if (!this.atStep) return this.goToStep(this.step + 1);
		return this.runStep();
	}

	/** Runs from the current guided step to the next one's target. */
	private runStep(): StepRun | null {
		const step = this.preset.story?.steps[this.step];
		if (step === undefined) return null;
		const run = step.until === undefined ? { reached: true, events: 0 } : this.runTo(step.until);
		this.step++;
		// Running to a time target moves the clock through the reader's path; the state is still the step's.
		this.atStep = true;
		this.changed();
		return run;
	}

	/**
	 * Starts the scenario again and runs the guided steps up to `n` (for *Previous*, *Back to step*
	 * and `?step=n`). Returns the last step's run (null for step 0).
	 */
	goToStep(n: number): StepRun | null {
		const last = Math.max(0, Math.min(n, this.stepCount));
		this.sim = this.freshSimulation();
		this.series = [];
		this.sample();
		this.step = 0;
		this.atStep = true;
		let run: StepRun | null = null;
		while (this.step < last) run = this.runStep();
		this.changed();
		return run;
	}

	/** What the narration's numbers and claims read: the state as the story talks about it. */
	storyView(): StoryView {
		const sim = this.sim;
		let licensed = 0;
		for (const m of sim.world.machines)
			if (!m.removed && m.status === LicenseStatusCode.Licensed) licensed++;
		return {
			day: dayOf(sim.now),
			licensed,
			machines: sim.machines().length,
			count: (host) => (sim.host(host) === undefined ? undefined : sim.hostCount(host)),
			status: (machine) => sim.machine(machine)?.status,
			result: (machine) => sim.machine(machine)?.lastResult ?? undefined,
		};
	}

	reset(): void {
		this.goToStep(0);
	}

	/**
	 * Rebuilds a run from a location (URL or saved state), within the lab's budget. A location the
	 * budget cannot rebuild is refused whole, naming the limit, and the run starts from the preset.
	 */
	restore(location: LabLocation): MoveResult {
		if (location.t === null && location.log.length === 0) {
			this.goToStep(location.step);
			return { ok: true };
		}
		const outcome = this.replay(location);
		if (!outcome.ok) {
			this.goToStep(0);
			return outcome;
		}
		this.step = Math.max(0, Math.min(location.step, this.stepCount));
		this.atStep = false;
		this.changed();
		return { ok: true };
	}

	private replay(location: LabLocation): MoveResult {
		this.sim = this.freshSimulation();
		this.series = [];
		this.sample();
		for (const r of location.log) {
			const moved = this.forwardWithin(r.at);
			if (!moved.ok) return moved;
			const result = this.sim.dispatch(r.action);
			if (result.error?.code === 'limit') return { ok: false, error: result.error };
		}
		const end = this.forwardWithin(location.t ?? this.sim.now);
		if (!end.ok) return end;
		this.sample();
		return { ok: true };
	}

	/** Forward without rebuilding on refusal (the caller discards the run). */
	private forwardWithin(t: number): MoveResult {
		const target = Math.min(t, LAB_LIMITS.maxMinutes);
		while (this.sim.now < target)
			if (!this.advanceSlice(target)) return { ok: false, error: budgetError(this.sim) };
		return { ok: true };
	}

	/**
	 * Moves toward `target` by one sample interval (or less), within what is left of the run's event
	 * budget, and samples the chart. False when the budget ran out.
	 */
	advanceSlice(target: number): boolean {
		const next = Math.min(target, (Math.floor(this.sim.now / this.interval) + 1) * this.interval);
		const run = this.sim.advanceTo(next, LAB_LIMITS.maxEvents - this.sim.work);
		this.sample();
		return run.ok;
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
	recentEvents(
		filter: { computer?: string; id?: LogEntry['id']; errorsOnly?: boolean },
		limit: number
	): LogEntry[] {
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
	if (e.id === 'note')
		return (
			e.kind === 'activationFailed' || (e.kind === 'stateChanged' && (e.to === 3 || e.to === 5))
		);
	if (e.id === 12294) return false;
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
