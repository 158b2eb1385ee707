import { describe, expect, it } from 'vitest';
import { createAnnouncer } from '../../src/lab/announcer.ts';

function fakeClock() {
	let now = 0;
	const timers: { at: number; fn: () => void; id: number }[] = [];
	let nextId = 1;
	return {
		now: () => now,
		setTimer: (fn: () => void, ms: number) => {
			const id = nextId++;
			timers.push({ at: now + ms, fn, id });
			return id;
		},
		clearTimer: (id: unknown) => {
			const i = timers.findIndex((t) => t.id === id);
			if (i >= 0) timers.splice(i, 1);
		},
		advance(ms: number) {
			now += ms;
			for (;;) {
				const due = timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at)[0];
				if (!due) break;
				timers.splice(timers.indexOf(due), 1);
				due.fn();
			}
		},
	};
}

describe('announcer throttle', () => {
	it('speaks the first message at once and at most one per interval, the newest', () => {
		const clock = fakeClock();
		const spoken: string[] = [];
		const a = createAnnouncer((m) => spoken.push(m), { intervalMs: 1000, ...clock });
		a.say('day 1');
		expect(spoken).toEqual(['day 1']);
		a.say('day 2');
		a.say('day 3');
		a.say('day 4');
		expect(spoken).toEqual(['day 1']);
		clock.advance(999);
		expect(spoken).toEqual(['day 1']);
		clock.advance(1);
		expect(spoken).toEqual(['day 1', 'day 4']);
		clock.advance(5000);
		expect(spoken).toEqual(['day 1', 'day 4']);
	});

	it('does not repeat the same message within the interval, and ignores empty text', () => {
		const clock = fakeClock();
		const spoken: string[] = [];
		const a = createAnnouncer((m) => spoken.push(m), { intervalMs: 1000, ...clock });
		a.say('');
		a.say('paused');
		a.say('paused');
		clock.advance(2000);
		expect(spoken).toEqual(['paused']);
	});

	it('drops a pending message on cancel', () => {
		const clock = fakeClock();
		const spoken: string[] = [];
		const a = createAnnouncer((m) => spoken.push(m), { intervalMs: 1000, ...clock });
		a.say('a');
		a.say('b');
		a.cancel();
		clock.advance(2000);
		expect(spoken).toEqual(['a']);
	});
});
