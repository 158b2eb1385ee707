import { describe, expect, it } from 'vitest';
import { loadPresets } from '../../src/lab/presets.ts';
import { PlayLoop, type PlayStopped } from '../../src/lab/playLoop.ts';
import { LabSession, type Preset } from '../../src/lab/session.ts';

const { presets } = loadPresets();
const preset = (id: string): Preset => presets.find((p) => p.id === id)!;
const DAY = 1440;

/** A frame scheduler the test steps by hand, with a clock that moves only when told. */
function fakeClock() {
	let time = 0;
	let next: ((t: number) => void) | null = null;
	return {
		clock: {
			now: () => time,
			frame: (callback: (t: number) => void) => {
				next = callback;
				return 1;
			},
			cancel: () => {
				next = null;
			},
		},
		/** Runs the pending frame `ms` after the last one; false when none is pending. */
		tick: (ms: number): boolean => {
			time += ms;
			const callback = next;
			next = null;
			callback?.(time);
			return callback !== null;
		},
	};
}

function setUp(session: LabSession, minutesPerSecond: number) {
	const { clock, tick } = fakeClock();
	const stops: PlayStopped[] = [];
	let draws = 0;
	const loop = new PlayLoop(
		{
			session: () => session,
			minutesPerSecond: () => minutesPerSecond,
			draw: () => draws++,
			stopped: (why) => stops.push(why),
		},
		clock,
		{ frameBudgetMs: 16, redrawMs: 100, maxFrameGapMs: 100 }
	);
	return { loop, tick, stops, draws: () => draws };
}

describe('PlayLoop', () => {
	it('moves simulated time with real time, at the speed asked for', () => {
		const session = new LabSession(preset('threshold'));
		const { loop, tick } = setUp(session, DAY); // a day per second
		loop.start(session.horizon);
		tick(50);
		tick(50);
		expect(session.now).toBe(DAY / 10);
		expect(loop.playing).toBe(true);
	});

	it('makes up for at most maxFrameGapMs when frames were held back (a hidden tab)', () => {
		const session = new LabSession(preset('threshold'));
		const { loop, tick } = setUp(session, DAY);
		loop.start(session.horizon);
		tick(10_000);
		expect(session.now).toBe(DAY / 10);
	});

	it('redraws at most every redrawMs, and at the end', () => {
		const session = new LabSession(preset('threshold'));
		const { loop, tick, draws } = setUp(session, 60);
		loop.start(session.horizon);
		for (let i = 0; i < 10; i++) tick(20);
		expect(draws()).toBe(2);
	});

	it('stops at the scenario end and says so', () => {
		const session = new LabSession(preset('threshold'));
		const { loop, tick, stops } = setUp(session, 100 * DAY);
		loop.start(session.horizon);
		while (tick(100));
		expect(session.now).toBe(session.horizon);
		expect(loop.playing).toBe(false);
		expect(stops).toEqual([{ kind: 'end', atHorizon: true, now: session.horizon }]);
	});

	it('a pause stops the frames and leaves the run where it is', () => {
		const session = new LabSession(preset('threshold'));
		const { loop, tick, stops } = setUp(session, DAY);
		loop.start(session.horizon);
		tick(100);
		loop.stop();
		const at = session.now;
		expect(tick(100)).toBe(false);
		expect(session.now).toBe(at);
		expect(stops).toEqual([]);
	});

	it('runs at most frameBudgetMs of work per frame, so a frame never runs long', () => {
		const session = new LabSession(preset('threshold'));
		let time = 0;
		let next: ((t: number) => void) | null = null;
		const loop = new PlayLoop(
			{
				session: () => session,
				minutesPerSecond: () => 1000 * DAY,
				draw: () => undefined,
				stopped: () => undefined,
			},
			{
				// Each reading of the clock costs 5 ms of "work".
				now: () => (time += 5),
				frame: (callback) => {
					next = callback;
					return 1;
				},
				cancel: () => (next = null),
			},
			{ frameBudgetMs: 16, redrawMs: 100, maxFrameGapMs: 100 }
		);
		loop.start(session.horizon);
		const callback = next as ((t: number) => void) | null;
		callback?.(100);
		// 100 days were asked for; the budget let a few sample intervals through.
		expect(session.now).toBeGreaterThan(0);
		expect(session.now).toBeLessThanOrEqual(4 * session.interval);
	});
});
