import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	actionMarks,
	dayTicks,
	keyedTime,
	knownStepTimes,
	sampleAt,
	stepMarks,
	stepTimesOf,
	svgX,
	timeAtX,
} from '../../src/lab/chart.ts';
import { loadPresets } from '../../src/lab/presets.ts';
import { LabSession, type Preset } from '../../src/lab/session.ts';
import { xOf, type Sample, type Scale } from '../../src/lab/series.ts';
import type { RecordedAction } from '../../src/engine/core.ts';

const DAY = 1440;
/** 60 days over x 40…540 (500 units: 1 unit = 172.8 minutes). */
const scale: Scale = { t0: 0, t1: 60 * DAY, v0: 0, v1: 50, x0: 40, x1: 540, y0: 114, y1: 20 };
const sample = (t: number, count: number): Sample => ({
	t,
	counts: [count],
	byStatus: [0, count, 0, 0, 0, 0, 0],
});

describe('pointer x → time', () => {
	it('maps the plot edges to the ends and the middle to the middle, on the hour', () => {
		expect(timeAtX(scale, 40)).toBe(0);
		expect(timeAtX(scale, 540)).toBe(60 * DAY);
		expect(timeAtX(scale, 290)).toBe(30 * DAY);
		expect(timeAtX(scale, 41) % 60).toBe(0);
	});

	it('clamps a pointer left or right of the plot to its ends', () => {
		expect(timeAtX(scale, 0)).toBe(0);
		expect(timeAtX(scale, 10_000)).toBe(60 * DAY);
	});

	it('inverts the chart’s own x within an hour, anywhere on the plot', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 60 * DAY }), (t) => {
				const back = timeAtX(scale, xOf(scale, t));
				expect(Math.abs(back - t)).toBeLessThanOrEqual(30);
			})
		);
	});

	it('reads a client x in SVG units whatever size the chart is drawn at', () => {
		expect(svgX(150, { left: 100, width: 300 }, 600)).toBe(100);
		expect(svgX(100, { left: 100, width: 0 }, 600)).toBe(0);
	});
});

describe('slider keys (WAI-ARIA slider)', () => {
	const t = 10 * DAY + 300;
	it('moves a day with the arrows, a week with Page Up/Down or Shift, to the ends with Home/End', () => {
		expect(keyedTime('ArrowRight', false, t, 60 * DAY)).toBe(t + DAY);
		expect(keyedTime('ArrowUp', false, t, 60 * DAY)).toBe(t + DAY);
		expect(keyedTime('ArrowLeft', false, t, 60 * DAY)).toBe(t - DAY);
		expect(keyedTime('ArrowDown', false, t, 60 * DAY)).toBe(t - DAY);
		expect(keyedTime('ArrowRight', true, t, 60 * DAY)).toBe(t + 7 * DAY);
		expect(keyedTime('PageUp', false, t, 60 * DAY)).toBe(t + 7 * DAY);
		expect(keyedTime('PageDown', false, t, 60 * DAY)).toBe(t - 7 * DAY);
		expect(keyedTime('Home', false, t, 60 * DAY)).toBe(0);
		expect(keyedTime('End', false, t, 60 * DAY)).toBe(60 * DAY);
	});

	it('stays within 0 … max and ignores other keys', () => {
		expect(keyedTime('ArrowLeft', false, 100, 60 * DAY)).toBe(0);
		expect(keyedTime('PageUp', false, 59 * DAY, 60 * DAY)).toBe(60 * DAY);
		expect(keyedTime('a', false, t, 60 * DAY)).toBeNull();
		expect(keyedTime('Enter', false, t, 60 * DAY)).toBeNull();
	});
});

describe('values under the pointer', () => {
	const series = [sample(0, 0), sample(120, 3), sample(240, 7), sample(600, 9)];
	it('is the sample in force at that time (the last at or before it)', () => {
		expect(sampleAt(series, 0)?.counts[0]).toBe(0);
		expect(sampleAt(series, 119)?.counts[0]).toBe(0);
		expect(sampleAt(series, 120)?.counts[0]).toBe(3);
		expect(sampleAt(series, 599)?.counts[0]).toBe(7);
		expect(sampleAt(series, 600)?.counts[0]).toBe(9);
	});

	it('is nothing past the run so far (that time has not been simulated)', () => {
		expect(sampleAt(series, 601)).toBeNull();
		expect(sampleAt([], 0)).toBeNull();
	});

	it('agrees with a linear search on any series', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { maxLength: 60 }),
				fc.integer({ min: 0, max: 10_000 }),
				(times, t) => {
					const sorted = [0, ...times.sort((a, b) => a - b)].map((x, i) => sample(x, i));
					const expected =
						t > (sorted[sorted.length - 1] as Sample).t
							? null
							: sorted.filter((x) => x.t <= t).pop();
					expect(sampleAt(sorted, t)).toBe(expected);
				}
			)
		);
	});

	it('matches the session’s own samples after a real run', () => {
		const { presets } = loadPresets();
		const session = new LabSession(presets.find((p) => p.id === 'threshold') as Preset);
		session.goToStep(5);
		const at = sampleAt(session.series, session.now);
		expect(at?.counts[0]).toBe(session.sim.hostCount('KMS01'));
	});
});

describe('day ticks', () => {
	it('numbers days from 0 at a round step, never more than asked', () => {
		expect(dayTicks(60 * DAY, 7)).toEqual([0, 10, 20, 30, 40, 50, 60]);
		expect(dayTicks(32 * DAY, 5)).toEqual([0, 7, 14, 21, 28]);
		expect(dayTicks(3 * DAY, 10)).toEqual([0, 1, 2, 3]);
		expect(dayTicks(1096 * DAY, 5)).toEqual([0, 365, 730, 1095]);
		for (const days of [2, 6, 45, 240, 400, 1096])
			for (const most of [3, 5, 8, 12]) {
				const ticks = dayTicks(days * DAY, most);
				expect(ticks.length, `${days} d, ${most}`).toBeLessThanOrEqual(Math.max(most, 4));
				expect(ticks[0]).toBe(0);
			}
	});
});

describe('markers', () => {
	it('puts step k at its time, merging steps drawn at the same place', () => {
		const marks = stepMarks([0, 9 * DAY, 23 * DAY, 24 * DAY, 24 * DAY + 120], scale);
		expect(marks.map((m) => m.steps)).toEqual([[1], [2], [3, 4, 5]]);
		expect(marks[1]?.x).toBeCloseTo(xOf(scale, 9 * DAY));
		expect(marks[1]?.t).toBe(9 * DAY);
	});

	it('groups the reader’s actions by place, naming each kind once', () => {
		const log: RecordedAction[] = [
			{ at: 2 * DAY, action: { type: 'setFirewall', host: 'KMS01', open: true } },
			{ at: 2 * DAY + 60, action: { type: 'restart', target: 'PC001' } },
			{ at: 2 * DAY + 90, action: { type: 'restart', target: 'PC002' } },
			{ at: 40 * DAY, action: { type: 'restart', target: 'PC003' } },
		] as RecordedAction[];
		const marks = actionMarks(log, scale);
		expect(marks).toHaveLength(2);
		expect(marks[0]).toMatchObject({
			from: 2 * DAY,
			to: 2 * DAY + 90,
			count: 3,
			types: ['setFirewall', 'restart'],
		});
		expect(marks[1]).toMatchObject({ from: 40 * DAY, count: 1, types: ['restart'] });
	});

	it('keeps a long log to a bounded number of marks', () => {
		const log = Array.from({ length: 300 }, (_, i) => ({
			at: i * 200,
			action: { type: 'restart', target: 'PC001' },
		})) as RecordedAction[];
		const marks = actionMarks(log, scale);
		expect(marks.length).toBeLessThanOrEqual((scale.x1 - scale.x0) / 10 + 1);
		expect(marks.reduce((n, m) => n + m.count, 0)).toBe(300);
	});
});

describe('step times', () => {
	const { presets } = loadPresets();
	it('are the times Next reaches, from the script alone, worked out once per preset', () => {
		const preset = presets.find((p) => p.id === 'threshold') as Preset;
		expect(knownStepTimes(preset)).toBeNull();
		const times = stepTimesOf(preset);
		expect(knownStepTimes(preset)).toBe(times);
		expect(stepTimesOf(preset)).toBe(times);
		expect(times).toHaveLength(preset.story!.steps.length);
		for (let k = 1; k <= times.length; k++) {
			const session = new LabSession(preset);
			session.goToStep(k);
			expect(times[k - 1], `step ${k}`).toBe(session.now);
		}
	});

	it('are in order for every preset', () => {
		for (const preset of presets) {
			const times = stepTimesOf(preset);
			expect(times.length, preset.id).toBe(preset.story?.steps.length ?? 0);
			expect(
				[...times].sort((a, b) => a - b),
				preset.id
			).toEqual(times);
		}
	});
});
