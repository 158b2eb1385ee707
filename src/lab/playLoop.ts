import type { LabSession, MoveResult } from './session.ts';

/**
 * Play: simulated time runs with real time, one animation frame after another, until the reader
 * pauses, the run reaches where play stops, or the lab's budget refuses a move. Plain TS: the
 * frame scheduler and the clock are injected, so tests drive it without a browser.
 */
export interface PlayHost {
	/** The run on screen (the lab may replace it between frames). */
	session(): LabSession;
	/** Simulated minutes per real second. */
	minutesPerSecond(): number;
	/** The view should show the run as it is now. */
	draw(): void;
	/** Play stopped by itself: why, and the simulated time it stopped at. */
	stopped(why: PlayStopped): void;
}

export type PlayStopped =
	| { kind: 'end'; atHorizon: boolean; now: number }
	| { kind: 'refused'; error: Extract<MoveResult, { ok: false }>['error'] };

export interface PlayClock {
	now(): number;
	frame(callback: (time: number) => void): number;
	cancel(id: number): void;
}

export interface PlayOptions {
	/** Real milliseconds of simulation work allowed per frame. */
	frameBudgetMs: number;
	/** The view is redrawn at most this often (ms), so drawing never crowds out the run. */
	redrawMs: number;
	/** The longest real gap (ms) one frame makes up for (a hidden tab pauses frames). */
	maxFrameGapMs: number;
}

export class PlayLoop {
	private active = false;
	private last = 0;
	private drawn = 0;
	private frameId = 0;
	private stopAt = 0;
	/** Simulated time with its fraction of a minute: the run moves in whole minutes. */
	private simTime = 0;

	private readonly host: PlayHost;
	private readonly clock: PlayClock;
	private readonly options: PlayOptions;

	constructor(host: PlayHost, clock: PlayClock, options: PlayOptions) {
		this.host = host;
		this.clock = clock;
		this.options = options;
	}

	get playing(): boolean {
		return this.active;
	}

	/** Plays until `stopAt` (simulated minutes) unless paused or refused first. */
	start(stopAt: number): void {
		if (this.active) return;
		this.active = true;
		this.stopAt = stopAt;
		this.simTime = this.host.session().now;
		this.last = this.clock.now();
		this.frameId = this.clock.frame(this.frame);
	}

	/** Pauses; the run stays where it is. */
	stop(): void {
		this.active = false;
		this.clock.cancel(this.frameId);
	}

	private readonly frame = (time: number): void => {
		if (!this.active) return;
		const dt = Math.min(this.options.maxFrameGapMs, Math.max(0, time - this.last));
		this.last = time;
		const started = this.clock.now();
		const session = this.host.session();
		// Another run, or time moved by other means: play goes on from there.
		if (Math.abs(session.now - this.simTime) >= 1) this.simTime = session.now;
		this.simTime = Math.min(this.stopAt, this.simTime + (this.host.minutesPerSecond() * dt) / 1000);
		const target = Math.floor(this.simTime);
		// Advance in sample intervals so one frame never runs long, whatever the speed and world size.
		while (session.now < target && this.clock.now() - started < this.options.frameBudgetMs) {
			const moved = session.goTo(Math.min(target, session.now + session.interval));
			if (!moved.ok) {
				this.stop();
				this.host.draw();
				this.host.stopped({ kind: 'refused', error: moved.error });
				return;
			}
		}
		// Out of budget before the target: play runs slower than asked rather than piling up work.
		if (session.now < target) this.simTime = session.now;
		const ended = session.now >= this.stopAt;
		if (ended || time - this.drawn >= this.options.redrawMs) {
			this.drawn = time;
			this.host.draw();
		}
		if (ended) {
			this.stop();
			this.host.stopped({
				kind: 'end',
				atHorizon: this.stopAt === session.horizon,
				now: session.now,
			});
			return;
		}
		this.frameId = this.clock.frame(this.frame);
	};
}
