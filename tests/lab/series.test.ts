import { describe, expect, it } from 'vitest';
import {
	MAX_SAMPLES,
	addSample,
	maxOf,
	sampleInterval,
	stepPath,
	truncateAfter,
	type Sample,
} from '../../src/lab/series.ts';

const s = (t: number, count = 0): Sample => ({
	t,
	counts: [count],
	byStatus: [0, count, 0, 0, 0, 0, 0],
});

describe('chart series', () => {
	it('samples often enough for a few hundred points over the horizon', () => {
		expect(sampleInterval(32 * 1440)).toBe(120);
		expect(sampleInterval(60)).toBe(60);
		expect((400 * 1440) / sampleInterval(400 * 1440)).toBeLessThanOrEqual(400);
	});

	it('keeps samples in time order, replacing later ones after a rewind', () => {
		const series: Sample[] = [];
		addSample(series, s(0));
		addSample(series, s(60, 1));
		addSample(series, s(120, 2));
		addSample(series, s(60, 5));
		expect(series.map((x) => [x.t, x.counts[0]])).toEqual([
			[0, 0],
			[60, 5],
		]);
		truncateAfter(series, 0);
		expect(series).toHaveLength(1);
	});

	it('thins a long series but keeps the newest sample', () => {
		const series: Sample[] = [];
		for (let i = 0; i <= MAX_SAMPLES * 3; i++) addSample(series, s(i));
		expect(series.length).toBeLessThanOrEqual(MAX_SAMPLES + 1);
		expect(series[series.length - 1]!.t).toBe(MAX_SAMPLES * 3);
		expect(series[0]!.t).toBe(0);
	});

	it('draws a step line and finds the maximum', () => {
		const series = [s(0, 0), s(50, 10), s(100, 25)];
		const scale = { t0: 0, t1: 100, v0: 0, v1: 50, x0: 0, x1: 200, y0: 100, y1: 0 };
		expect(stepPath(series, (x) => x.counts[0] ?? 0, scale)).toBe('M0 100H100V80H200V50');
		expect(maxOf(series, (x) => x.counts[0] ?? 0, 5)).toBe(25);
	});
});
