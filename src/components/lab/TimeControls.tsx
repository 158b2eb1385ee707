import { MINUTES_PER_DAY } from '../../data/timers.ts';
import { dayOf, fill, formatSimDate, type LabLocale } from '../../lab/format.ts';
import type { LabStrings } from '../../lab/strings.ts';

/** Play speeds, in simulated minutes per real second: 1 hour to 30 days. */
export const SPEEDS: readonly number[] = [
	60,
	360,
	MINUTES_PER_DAY,
	7 * MINUTES_PER_DAY,
	30 * MINUTES_PER_DAY,
];
export const JUMP_DAYS: readonly number[] = [1, 7, 30, 180];

interface Props {
	s: LabStrings;
	locale: LabLocale;
	startDate: string;
	now: number;
	end: number;
	playing: boolean;
	speed: number;
	onPlay: () => void;
	onStepEvent: () => void;
	onJump: (days: number) => void;
	onSpeed: (index: number) => void;
	onScrub: (t: number) => void;
	onReset: () => void;
	idPrefix: string;
}

export function speedLabel(s: LabStrings, minutesPerSecond: number): string {
	return minutesPerSecond < MINUTES_PER_DAY
		? fill(s['lab.time.speedHours'], { n: minutesPerSecond / 60 })
		: fill(s['lab.time.speedDays'], { n: minutesPerSecond / MINUTES_PER_DAY });
}

/** Simulated time as a date plus "day N". */
export function timeLabel(
	s: LabStrings,
	locale: LabLocale,
	startDate: string,
	now: number
): string {
	return `${formatSimDate(locale, startDate, now)} · ${fill(s['lab.time.day'], { n: dayOf(now) })}`;
}

/** Play/pause, speed, step, jumps, scrubbable timeline and reset. */
export function TimeControls(p: Props) {
	const { s } = p;
	const label = timeLabel(s, p.locale, p.startDate, p.now);
	return (
		<div class="lab-time">
			<h3 id={`${p.idPrefix}-time-h`} class="lab-sr">
				{s['lab.time.title']}
			</h3>
			<p class="lab-clock" data-lab-now={p.now}>
				<time dateTime={new Date(Date.parse(p.startDate) + p.now * 60_000).toISOString()}>
					{label}
				</time>
			</p>
			<div class="lab-row">
				<button
					type="button"
					class="lab-btn lab-btn-primary"
					onClick={p.onPlay}
					aria-pressed={p.playing}
					data-lab-play
				>
					{p.playing ? `❚❚ ${s['lab.time.pause']}` : `▶ ${s['lab.time.play']}`}
				</button>
				<button type="button" class="lab-btn" onClick={p.onStepEvent}>
					{s['lab.time.step']}
				</button>
				{JUMP_DAYS.map((d) => (
					<button key={d} type="button" class="lab-btn" onClick={() => p.onJump(d)}>
						{fill(d === 1 ? s['lab.time.jumpOne'] : s['lab.time.jump'], { n: d })}
					</button>
				))}
				<button type="button" class="lab-btn" onClick={p.onReset}>
					{s['lab.time.reset']}
				</button>
			</div>
			<div class="lab-row lab-row-wide">
				<label class="lab-field">
					<span>{s['lab.time.speed']}</span>
					<select
						value={String(p.speed)}
						onChange={(e) => p.onSpeed(Number(e.currentTarget.value))}
					>
						{SPEEDS.map((v, i) => (
							<option key={v} value={String(i)}>
								{speedLabel(s, v)}
							</option>
						))}
					</select>
				</label>
				<label class="lab-field lab-scrub">
					<span>{s['lab.time.timeline']}</span>
					<input
						type="range"
						min={0}
						max={p.end}
						step={60}
						value={p.now}
						aria-valuetext={label}
						onChange={(e) => p.onScrub(Number(e.currentTarget.value))}
					/>
				</label>
			</div>
		</div>
	);
}
