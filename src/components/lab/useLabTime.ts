import { useEffect, useRef, useState } from 'preact/hooks';
import { MINUTES_PER_DAY } from '../../data/timers.ts';
import { describeWith, type ResultWords } from '../../i18n/results/types.ts';
import { dayOf, fill } from '../../lab/format.ts';
import { PlayLoop, type PlayStopped } from '../../lab/playLoop.ts';
import type { LabSession, MoveResult } from '../../lab/session.ts';
import { driveInSlices, type SliceDriver } from '../../lab/slices.ts';
import type { LabStrings } from '../../lab/strings.ts';
import { SPEEDS } from './TimeControls.tsx';

/** Real milliseconds of work per slice of a long forward run, between which the page draws. */
const SLICE_MS = 30;
/** Play's frame budget and redraw rate (ms): see PlayLoop. */
const PLAY_OPTIONS = { frameBudgetMs: 16, redrawMs: 120, maxFrameGapMs: 100 } as const;
/** The speed the lab starts at: a day per second. */
const DEFAULT_SPEED = 2;

/** What the lab does when time has moved: it is read afresh each render, so it never goes stale. */
export interface TimeEvents {
	s: LabStrings;
	words: ResultWords;
	/** Time moved: redraw, and say `extra` (if any) with the summary. */
	changed: (extra?: string) => void;
	/** A message that stays on screen until dismissed, and is said. */
	notify: (text: string) => void;
	/** Said without a notice. */
	say: (text: string) => void;
	/** The one-line summary of the run as it is now. */
	summary: () => string;
}

export interface LabTime {
	playing: boolean;
	speed: number;
	setSpeed: (update: number | ((speed: number) => number)) => void;
	/** A long forward move's progress (0–1), or null when none runs. */
	progress: number | null;
	togglePlay: () => void;
	stopPlaying: () => void;
	/** Moves time to `t`: back at once, forward in slices with progress and Cancel. */
	moveTo: (t: number) => void;
	/** The scrubber's and the chart's move: play stops, then time moves as `moveTo` does. */
	scrubTo: (t: number) => void;
	cancelMove: () => void;
}

/**
 * Play, pause and moves in time for the lab's run. Forward moves beyond one slice yield to the
 * page and are refused whole (the lab put back) past the budget; play stops at the scenario's end,
 * a year past it, or the budget, and says why.
 */
export function useLabTime(session: () => LabSession, events: TimeEvents): LabTime {
	const [playing, setPlaying] = useState(false);
	const [speed, setSpeed] = useState(DEFAULT_SPEED);
	const [progress, setProgress] = useState<number | null>(null);
	const driver = useRef<SliceDriver | null>(null);
	const on = useRef(events);
	on.current = events;
	const speedRef = useRef(speed);
	speedRef.current = speed;

	const stopped = (why: PlayStopped) => {
		const { s, words, notify } = on.current;
		setPlaying(false);
		if (why.kind === 'refused') {
			notify(fill(s['lab.notice.playStopped'], { detail: describeWith(words, why.error) }));
			return;
		}
		const day = fill(s['lab.time.day'], { n: dayOf(why.now) });
		notify(fill(s[why.atHorizon ? 'lab.notice.playEnded' : 'lab.notice.playYear'], { day }));
	};
	const play = useRef<PlayLoop | null>(null);
	if (play.current === null)
		play.current = new PlayLoop(
			{
				session,
				minutesPerSecond: () => SPEEDS[speedRef.current] ?? MINUTES_PER_DAY,
				draw: () => on.current.changed(),
				stopped,
			},
			{
				now: () => performance.now(),
				frame: (callback) => requestAnimationFrame(callback),
				cancel: (id) => cancelAnimationFrame(id),
			},
			PLAY_OPTIONS
		);
	const loop = play.current;

	useEffect(
		() => () => {
			loop.stop();
			driver.current?.cancel();
		},
		[]
	);

	const stopPlaying = () => {
		loop.stop();
		setPlaying(false);
	};

	const moveTo = (t: number) => {
		const run = session();
		if (driver.current !== null) return;
		if (t <= run.now) {
			run.goTo(t);
			return on.current.changed();
		}
		const finished = (result: MoveResult, cancelled: boolean) => {
			const { s, words, notify, changed } = on.current;
			driver.current = null;
			setProgress(null);
			if (!result.ok)
				notify(fill(s['lab.notice.moveRefused'], { detail: describeWith(words, result.error) }));
			changed(cancelled ? s['lab.run.cancel'] : '');
		};
		driver.current = driveInSlices(run.forward(t), {
			sliceMs: SLICE_MS,
			now: () => performance.now(),
			later: (task) => setTimeout(task, 0),
			onProgress: (fraction) => setProgress(fraction),
			onDone: finished,
		});
	};

	const togglePlay = () => {
		const { s, say, summary } = on.current;
		if (loop.playing) {
			stopPlaying();
			say(`${s['lab.say.paused']} ${summary()}`);
			return;
		}
		if (driver.current !== null) return;
		const run = session();
		// Play runs to the scenario's end, or a year on from where it stands past it.
		loop.start(run.now < run.horizon ? run.horizon : run.end + 365 * MINUTES_PER_DAY);
		setPlaying(true);
		say(s['lab.say.playing']);
	};

	return {
		playing,
		speed,
		setSpeed,
		progress,
		togglePlay,
		stopPlaying,
		moveTo,
		scrubTo: (t) => {
			stopPlaying();
			moveTo(t);
		},
		cancelMove: () => driver.current?.cancel(),
	};
}
