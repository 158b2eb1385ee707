import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventQueue } from '../../src/engine/heap.ts';
import { CmidCache } from '../../src/engine/cmidCache.ts';
import { createRng, nextFloat, nextGuid } from '../../src/engine/random.ts';
import { dateAt, dayOf, formatDuration, parseDuration } from '../../src/engine/time.ts';

describe('event queue', () => {
	it('pops by time, then insertion order', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }), (times) => {
				const q = new EventQueue();
				times.forEach((t, seq) => q.push(t, seq, 0, seq % 7, seq * 3));
				const out = [];
				for (let e = q.pop(); e; e = q.pop()) {
					// Each entry keeps its own fields.
					expect([e.ref, e.gen]).toEqual([e.seq % 7, e.seq * 3]);
					out.push([e.t, e.seq]);
				}
				expect(q.size).toBe(0);
				const expected = times
					.map((t, seq) => [t, seq])
					.sort(
						(a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number)
					);
				expect(out).toEqual(expected);
				expect(
					EventQueue.from(
						expected.map(([t, seq]) => ({
							t: t as number,
							seq: seq as number,
							kind: 0,
							ref: 0,
							gen: 0,
						}))
					)
						.toArray()
						.map((e) => [e.t, e.seq])
				).toEqual(expected);
			})
		);
	});
});

describe('event queue, large buckets', () => {
	it('keeps order across the blocks of a bucket, through partial drains, refills and snapshots', () => {
		const q = new EventQueue();
		const model: [number, number][] = [];
		let seq = 0;
		const add = (t: number) => {
			q.push(t, seq, 2, seq + 7, seq * 2);
			model.push([t, seq++]);
			model.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
		};
		for (let i = 0; i < 1000; i++) add(i % 3 === 0 ? 7 : 5);
		const take = (n: number) => {
			for (let i = 0; i < n; i++) {
				const e = q.pop();
				const expected = model.shift();
				expect(e && [e.t, e.seq, e.ref, e.gen]).toEqual(
					expected && [expected[0], expected[1], expected[1] + 7, expected[1] * 2]
				);
			}
		};
		take(130); // two blocks and a bit of the time-5 bucket
		for (let i = 0; i < 200; i++) add(5); // the same bucket grows while it drains
		expect(q.toArray().map((e) => [e.t, e.seq])).toEqual(model);
		expect(EventQueue.from(q.toArray()).toArray()).toEqual(q.toArray());
		take(model.length);
		expect(q.size).toBe(0);
		expect(q.pop()).toBeUndefined();
	});
});

describe('event queue, pushes while it drains', () => {
	it('matches a sorted list when entries are pushed between removals, at the current time or later', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(-1)), { maxLength: 300 }),
				(ops) => {
					const q = new EventQueue();
					const model: [number, number][] = [];
					let now = 0;
					let seq = 0;
					for (const op of ops) {
						if (op >= 0) {
							q.push(now + op, seq, 1, seq, seq + 1);
							model.push([now + op, seq++]);
							model.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
							continue;
						}
						const expected = model.shift();
						expect(q.nextTime()).toBe(expected?.[0]);
						const t = q.shift();
						expect(t).toBe(expected?.[0]);
						if (expected) {
							expect([q.seq, q.kind, q.ref, q.gen]).toEqual([
								expected[1],
								1,
								expected[1],
								expected[1] + 1,
							]);
							now = expected[0];
						}
					}
					expect(q.toArray().map((e) => [e.t, e.seq])).toEqual(model);
				}
			)
		);
	});
});

describe('CMID cache', () => {
	it('keeps last-seen order, refreshes, evicts the oldest and drops old entries', () => {
		const ids: Record<string, number> = { a: 0, b: 1, c: 2 };
		const idOf = (cmid: string) => ids[cmid] ?? -1;
		const c = new CmidCache();
		c.touch(0, 'a', 1);
		c.touch(1, 'b', 2);
		c.touch(2, 'c', 3);
		c.touch(0, 'a', 4);
		expect(c.entries()).toEqual([
			['b', 2],
			['c', 3],
			['a', 4],
		]);
		c.evictOldest();
		expect(c.entries().map((e) => e[0])).toEqual(['c', 'a']);
		expect(c.countSeenAfter(3)).toBe(1);
		c.dropSeenAtOrBefore(3);
		expect(c.entries()).toEqual([['a', 4]]);
		expect(CmidCache.from(c.entries(), idOf).entries()).toEqual([['a', 4]]);
		expect(c.size).toBe(1);
	});

	it('behaves like a plain list in last-seen order under any mix of touches, evictions and drops (ids of any size)', () => {
		// Mostly touches of a few CMIDs, so the list grows and renewals move entries out of its middle; sometimes large ids.
		const op = fc.oneof(
			{
				arbitrary: fc.record({
					touch: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 300 })),
				}),
				weight: 8,
			},
			{ arbitrary: fc.record({ evict: fc.constant(true) }), weight: 1 },
			{ arbitrary: fc.record({ dropBefore: fc.integer({ min: 0, max: 200 }) }), weight: 1 }
		);
		fc.assert(
			fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
				const c = new CmidCache();
				let model: [string, number][] = [];
				let t = 0;
				for (const o of ops) {
					t++;
					if ('touch' in o) {
						const cmid = `cmid-${o.touch}`;
						c.touch(o.touch, cmid, t);
						model = [...model.filter((e) => e[0] !== cmid), [cmid, t]];
					} else if ('evict' in o) {
						c.evictOldest();
						model = model.slice(1);
					} else {
						c.dropSeenAtOrBefore(t - o.dropBefore);
						model = model.filter((e) => e[1] > t - o.dropBefore);
					}
					expect(c.size).toBe(model.length);
				}
				expect(c.entries()).toEqual(model);
				expect(c.countSeenAfter(t - 10)).toBe(model.filter((e) => e[1] > t - 10).length);
			})
		);
	});
});

describe('time and random helpers', () => {
	it('parses and formats durations', () => {
		expect(parseDuration('200d')).toBe(288_000);
		expect(parseDuration('36h')).toBe(2160);
		expect(parseDuration('90m')).toBe(90);
		expect(parseDuration('1d12h30m')).toBe(2190);
		expect(parseDuration('-5h')).toBe(-300);
		for (const bad of ['', '5', 'd', '5x', '1.2.3d', '5 h'])
			expect(parseDuration(bad)).toBeUndefined();
		expect(formatDuration(2190)).toBe('1d12h30m');
		expect(dateAt('2026-01-05T09:00:00Z', 1440)).toBe('2026-01-06T09:00:00.000Z');
		expect(dayOf(0)).toBe(1);
		expect(dayOf(1440)).toBe(2);
	});

	it('gives the same numbers for the same seed', () => {
		const a = createRng(5);
		const b = createRng(5);
		expect([nextFloat(a), nextFloat(a), nextGuid(a)]).toEqual([
			nextFloat(b),
			nextFloat(b),
			nextGuid(b),
		]);
		expect(nextGuid(createRng(1))).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
		);
	});
});
