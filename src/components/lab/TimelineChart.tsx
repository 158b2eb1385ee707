import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
	CLIENT_ACTIVATION_THRESHOLD,
	MINUTES_PER_DAY,
	SERVER_ACTIVATION_THRESHOLD,
} from '../../data/timers.ts';
import type { RecordedAction } from '../../engine/core.ts';
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
	type ActionMark,
	type StepMark,
} from '../../lab/chart.ts';
import { dayOf, fill } from '../../lab/format.ts';
import type { Preset } from '../../lab/session.ts';
import { maxOf, stepPath, xOf, yOf, type Sample, type Scale } from '../../lab/series.ts';
import type { LabStrings } from '../../lab/strings.ts';
import { STATUS_ICON, STATUS_KEY } from './status.ts';
import './chart.css';

interface Props {
	series: readonly Sample[];
	hostNames: readonly string[];
	now: number;
	end: number;
	s: LabStrings;
	idPrefix: string;
	/** Moves simulated time to a minute: the lab's own move, the one the time controls use. */
	onMove: (t: number) => void;
	/** The preset, whose guided steps are marked on the chart. */
	preset?: Preset;
	/** The reader's recorded actions, marked on the chart. */
	actions?: readonly RecordedAction[];
	/** The guided step reached, and whether the lab is still exactly at it. */
	step?: number;
	atStep?: boolean;
}

/** Height of each chart and of the marker strip; the width follows the panel (1 unit = 1 px). */
const H = 150;
const MARKS_H = 28;
const PAD = { l: 40, r: 12, t: 20, b: 36 };
/** Width used before the panel is measured (and when it is hidden). */
const DEFAULT_W = 480;
/**
 * Keys on the slider move its cursor (and its value) at once; time follows once the keys rest this
 * long, so a run of presses, or a held key, costs one move (Escape drops the cursor instead).
 */
const KEY_SETTLE_MS = 400;
/** States drawn as lines, each with its own dash pattern so colour is not the only cue. */
const LINES: readonly { status: 1 | 2 | 3 | 5; dash: string }[] = [
	{ status: 1, dash: '' },
	{ status: 2, dash: '6 3' },
	{ status: 3, dash: '2 3' },
	{ status: 5, dash: '10 3 2 3' },
];
const HOST_DASH = ['', '6 3', '2 3'];
const COUNT_MAX = 50;

function dayText(s: LabStrings, t: number): string {
	return fill(s['lab.time.day'], { n: dayOf(t) });
}

/** The values the chart shows at `t`, as text lines: the day, each host's count, machines per state. */
export function valueLines(
	series: readonly Sample[],
	hostNames: readonly string[],
	t: number,
	s: LabStrings
): string[] {
	const at = sampleAt(series, t);
	if (at === null) return [fill(s['lab.chart.notRun'], { day: dayText(s, t) })];
	return [
		dayText(s, t),
		hostNames
			.map((host, i) => fill(s['lab.chart.countValue'], { host, n: at.counts[i] ?? 0 }))
			.join(' · '),
		LINES.map((l) =>
			fill(s['lab.chart.stateValue'], {
				state: `${STATUS_ICON[l.status]} ${s[STATUS_KEY[l.status]]}`,
				n: at.byStatus[l.status] ?? 0,
			})
		).join(' · '),
	].filter((line) => line !== '');
}

export function stepMarkLabel(mark: StepMark, s: LabStrings): string {
	const day = dayText(s, mark.t);
	return mark.steps.length === 1
		? fill(s['lab.chart.stepMark'], { n: mark.steps[0] ?? 1, day })
		: fill(s['lab.chart.stepsMark'], { list: mark.steps.join(', '), day });
}

export function actionMarkLabel(mark: ActionMark, s: LabStrings): string {
	const what = mark.types.map((type) => s[`lab.action.${type}`]).join(', ');
	if (mark.count === 1)
		return fill(s['lab.chart.actionMark'], { day: dayText(s, mark.from), what });
	const days =
		dayOf(mark.from) === dayOf(mark.to)
			? dayText(s, mark.from)
			: fill(s['lab.chart.dayRange'], { from: dayOf(mark.from), to: dayOf(mark.to) });
	return fill(s['lab.chart.actionsMark'], { n: mark.count, days, what });
}

function Axis({
	scale,
	ticks,
	values,
	title,
	unit,
}: {
	scale: Scale;
	ticks: readonly number[];
	values: readonly number[];
	title: string;
	unit: string;
}) {
	const bottom = scale.y0;
	return (
		<g class="lab-axis">
			<line x1={scale.x0} y1={bottom} x2={scale.x1} y2={bottom} />
			<line x1={scale.x0} y1={scale.y1} x2={scale.x0} y2={bottom} />
			{ticks.map((d) => (
				<text key={d} x={xOf(scale, d * MINUTES_PER_DAY)} y={bottom + 14} text-anchor="middle">
					{d}
				</text>
			))}
			<text
				x={(scale.x0 + scale.x1) / 2}
				y={bottom + 30}
				text-anchor="middle"
				class="lab-axis-title"
			>
				{unit}
			</text>
			{values.map((v) => (
				<text key={v} x={scale.x0 - 4} y={yOf(scale, v) + 4} text-anchor="end">
					{v}
				</text>
			))}
			<text x={scale.x0} y={12} class="lab-axis-title">
				{title}
			</text>
		</g>
	);
}

/** A marker above the plot: a shape named for assistive technology and, on hover, by its title. */
function Mark(p: {
	kind: 'step' | 'action';
	label: string;
	t: number;
	current?: boolean;
	steps?: string;
	children: ComponentChildren;
}) {
	return (
		<g
			role="img"
			aria-label={p.label}
			class={`lab-mark lab-mark-${p.kind}${p.current === true ? ' lab-mark-current' : ''}`}
			data-lab-mark={p.kind}
			data-steps={p.steps}
			data-t={p.t}
		>
			<title>{p.label}</title>
			{p.children}
		</g>
	);
}

/** A legend's sample of a line. */
function LineSwatch(p: { class: string; dash: string | undefined }) {
	return (
		<svg viewBox="0 0 24 8" aria-hidden="true" class="lab-swatch">
			<line x1="0" y1="4" x2="24" y2="4" class={p.class} stroke-dasharray={p.dash} />
		</svg>
	);
}

/** A vertical line through the plot at `x`. */
function VLine({ scale, x, class: cls }: { scale: Scale; x: number; class: string }) {
	return <line x1={x} x2={x} y1={scale.y1} y2={scale.y0} class={cls} />;
}

/**
 * Two SVG charts over simulated time (each host's count with the 5 and 25 lines; machines per
 * license state), which are also a control: click or drag to move time there, or use the keys of a
 * slider. Guided steps and the reader's actions are marked above them, and the values at the
 * pointer (or at the slider's time) are written under them.
 */
export function TimelineChart(p: Props) {
	const { series, hostNames, now, s, idPrefix } = p;
	const [width, setWidth] = useState(DEFAULT_W);
	/** Where a drag or the keys put the cursor, before time moves there. */
	const [pending, setPending] = useState<number | null>(null);
	/** Where a mouse hovers (shows the values, moves nothing). */
	const [hover, setHover] = useState<number | null>(null);
	const [, setStepsKnown] = useState(0);
	const area = useRef<HTMLDivElement>(null);
	const slider = useRef<HTMLDivElement>(null);
	const drag = useRef<number | null>(null);
	/** `pending` as the handlers see it between renders. */
	const pendingRef = useRef<number | null>(null);
	pendingRef.current = pending;
	const keyTimer = useRef(0);

	// Draw at the panel's own width, so 12 px text stays 12 px on a phone.
	useEffect(() => {
		const el = area.current;
		if (el === null || typeof ResizeObserver === 'undefined') return;
		const observer = new ResizeObserver(() => {
			const w = Math.round(el.clientWidth);
			if (w > 0) setWidth(w);
		});
		observer.observe(el);
		return () => observer.disconnect();
	}, []);

	// The steps' times come from running the script once; after the first paint, not in its way.
	const stepTimes = p.preset === undefined ? [] : knownStepTimes(p.preset);
	useEffect(() => {
		const preset = p.preset;
		if (preset === undefined || knownStepTimes(preset) !== null) return;
		const id = setTimeout(() => {
			stepTimesOf(preset);
			setStepsKnown((n) => n + 1);
		}, 50);
		return () => clearTimeout(id);
	}, [p.preset]);

	useEffect(() => () => clearTimeout(keyTimer.current), []);

	const lastStep = stepTimes === null ? 0 : Math.max(0, ...stepTimes);
	const t1 = Math.max(p.end, now, lastStep, MINUTES_PER_DAY);
	const W = Math.max(240, width);
	const countScale: Scale = {
		t0: 0,
		t1,
		v0: 0,
		v1: COUNT_MAX,
		x0: PAD.l,
		x1: W - PAD.r,
		y0: H - PAD.b,
		y1: PAD.t,
	};
	const last = series[series.length - 1];
	// The series changes only by new samples (a new last one) or by being replaced, so this key
	// says when its paths must be drawn again; other renders (hover, a drag) reuse them.
	const lines = useMemo(() => {
		const machineMax = maxOf(series, (x) => x.byStatus.reduce((a, b) => a + b, 0), 5);
		const stateScale: Scale = { ...countScale, v1: machineMax };
		return {
			machineMax,
			stateScale,
			counts: hostNames.map((_, i) => stepPath(series, (x) => x.counts[i] ?? 0, countScale)),
			states: LINES.map((l) => stepPath(series, (x) => x.byStatus[l.status] ?? 0, stateScale)),
		};
	}, [series, series.length, last, W, t1, hostNames.join('\n')]);
	const { stateScale, machineMax } = lines;
	const ticks = dayTicks(t1, Math.floor((W - PAD.l - PAD.r) / 44) + 1);
	const sMarks = useMemo(
		() => (stepTimes === null ? [] : stepMarks(stepTimes, countScale)),
		[stepTimes, W, t1]
	);
	const aMarks = useMemo(
		() => actionMarks(p.actions ?? [], countScale),
		[p.actions, p.actions?.length, W, t1]
	);

	const timeAt = (clientX: number): number => {
		const el = area.current;
		if (el === null) return now;
		return timeAtX(countScale, svgX(clientX, el.getBoundingClientRect(), W));
	};
	const preview = (t: number | null) => {
		pendingRef.current = t;
		setPending(t);
	};
	const commit = (t: number | null) => {
		clearTimeout(keyTimer.current);
		preview(null);
		if (t !== null && t !== now) p.onMove(t);
	};

	const onPointerDown = (e: PointerEvent) => {
		if (e.button !== 0 || area.current === null) return;
		e.preventDefault();
		drag.current = e.pointerId;
		area.current.setPointerCapture?.(e.pointerId);
		slider.current?.focus({ preventScroll: true });
		setHover(null);
		preview(timeAt(e.clientX));
	};
	const onPointerMove = (e: PointerEvent) => {
		if (drag.current === e.pointerId) preview(timeAt(e.clientX));
		else if (drag.current === null && e.pointerType === 'mouse') setHover(timeAt(e.clientX));
	};
	// Time moves once, on release: a drag across a 1,000-machine run costs one move, not one per pixel.
	const onPointerUp = (e: PointerEvent) => {
		if (drag.current !== e.pointerId) return;
		drag.current = null;
		commit(timeAt(e.clientX));
	};
	const onPointerCancel = () => {
		drag.current = null;
		preview(null);
	};
	const onKeyDown = (e: KeyboardEvent) => {
		if (e.key === 'Escape' && pendingRef.current !== null && drag.current === null) {
			// Escape drops a cursor the keys moved before time follows it.
			e.preventDefault();
			clearTimeout(keyTimer.current);
			preview(null);
			return;
		}
		const t = keyedTime(e.key, e.shiftKey, pendingRef.current ?? now, t1);
		if (t === null) return;
		e.preventDefault();
		preview(t);
		clearTimeout(keyTimer.current);
		keyTimer.current = window.setTimeout(() => commit(t), KEY_SETTLE_MS);
	};

	const value = pending ?? now;
	const shown = pending ?? hover ?? now;
	const nowX = xOf(countScale, now);
	const cursorX = pending !== null || hover !== null ? xOf(countScale, shown) : null;
	const tip = pending ?? hover;
	const readoutId = `${idPrefix}-chart-values`;
	const hintId = `${idPrefix}-chart-hint`;
	const current = p.atStep === true ? (p.step ?? 0) : 0;
	const marksLabel = s['lab.chart.marks'];

	const guides = (scale: Scale) => (
		<>
			{sMarks.map((m) => (
				<VLine key={`s${m.x}`} scale={scale} x={m.x} class="lab-mark-guide" />
			))}
			{aMarks.map((m) => (
				<VLine key={`a${m.x}`} scale={scale} x={m.x} class="lab-mark-guide lab-mark-guide-action" />
			))}
			<VLine scale={scale} x={nowX} class="lab-now" />
			{cursorX !== null && <VLine scale={scale} x={cursorX} class="lab-chart-cursor" />}
		</>
	);

	return (
		<div class="lab-chart">
			<h3 id={`${idPrefix}-chart-h`}>{s['lab.chart.title']}</h3>
			<p class="lab-chart-hint" id={hintId}>
				{s['lab.chart.hint']}
			</p>
			<div
				class="lab-chart-area"
				ref={area}
				onPointerDown={onPointerDown}
				onPointerMove={onPointerMove}
				onPointerUp={onPointerUp}
				onPointerCancel={onPointerCancel}
				onPointerLeave={() => setHover(null)}
				data-dragging={pending !== null || undefined}
				data-lab-chart
			>
				<svg
					viewBox={`0 0 ${W} ${MARKS_H}`}
					class="lab-chart-marks"
					role="group"
					aria-label={marksLabel}
				>
					{sMarks.map((m) => (
						<Mark
							key={`s${m.x}`}
							kind="step"
							label={stepMarkLabel(m, s)}
							t={m.t}
							current={m.steps.includes(current)}
							steps={m.steps.join(' ')}
						>
							<circle cx={m.x} cy={MARKS_H / 2} r={9} />
							<text x={m.x} y={MARKS_H / 2 + 4} text-anchor="middle">
								{m.steps[0]}
							</text>
						</Mark>
					))}
					{aMarks.map((m) => (
						<Mark key={`a${m.x}`} kind="action" label={actionMarkLabel(m, s)} t={m.from}>
							<path d={`M${m.x - 7} 6H${m.x + 7}L${m.x} ${MARKS_H - 4}Z`} />
						</Mark>
					))}
				</svg>
				<div
					class="lab-chart-plot"
					ref={slider}
					role="slider"
					tabIndex={0}
					aria-label={s['lab.chart.slider']}
					aria-valuemin={0}
					aria-valuemax={t1}
					aria-valuenow={value}
					aria-valuetext={dayText(s, value)}
					aria-describedby={`${readoutId} ${hintId}`}
					onKeyDown={onKeyDown}
					data-lab-chart-slider
				>
					<svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" class="lab-chart-svg">
						<Axis
							scale={countScale}
							ticks={ticks}
							values={[0, CLIENT_ACTIVATION_THRESHOLD, COUNT_MAX]}
							title={s['lab.chart.axisCount']}
							unit={s['lab.chart.axisDays']}
						/>
						{[SERVER_ACTIVATION_THRESHOLD, CLIENT_ACTIVATION_THRESHOLD].map((v) => (
							<g key={v} class="lab-threshold-line">
								<line x1={PAD.l} x2={W - PAD.r} y1={yOf(countScale, v)} y2={yOf(countScale, v)} />
								<text x={W - PAD.r - 2} y={yOf(countScale, v) - 3} text-anchor="end">
									{fill(s['lab.chart.threshold'], { n: v })}
								</text>
							</g>
						))}
						{lines.counts.map((d, i) => (
							<path
								key={hostNames[i]}
								d={d}
								class="lab-line lab-line-count"
								stroke-dasharray={HOST_DASH[i % HOST_DASH.length]}
							/>
						))}
						{guides(countScale)}
					</svg>
					<svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" class="lab-chart-svg">
						<Axis
							scale={stateScale}
							ticks={ticks}
							values={
								machineMax >= 10 ? [0, Math.round(machineMax / 2), machineMax] : [0, machineMax]
							}
							title={s['lab.chart.axisMachines']}
							unit={s['lab.chart.axisDays']}
						/>
						{lines.states.map((d, i) => {
							const l = LINES[i] as (typeof LINES)[number];
							return (
								<path
									key={l.status}
									d={d}
									class={`lab-line lab-sline lab-c${l.status}`}
									stroke-dasharray={l.dash}
								/>
							);
						})}
						{guides(stateScale)}
					</svg>
				</div>
				{tip !== null && cursorX !== null && (
					<div
						class={`lab-chart-tip${cursorX > W / 2 ? ' lab-chart-tip-left' : ''}`}
						style={{ left: `${(cursorX / W) * 100}%` }}
						aria-hidden="true"
					>
						{valueLines(series, hostNames, tip, s).map((line) => (
							<span key={line}>{line}</span>
						))}
					</div>
				)}
			</div>
			<p class="lab-chart-values" id={readoutId} data-lab-chart-values data-t={shown}>
				{valueLines(series, hostNames, shown, s).join(' — ')}
			</p>
			<ul class="lab-chart-legend">
				{hostNames.map((h, i) => (
					<li key={h} class="lab-legend">
						<LineSwatch class="lab-line lab-line-count" dash={HOST_DASH[i % HOST_DASH.length]} />
						{fill(s['lab.chart.countOf'], { host: h })}
					</li>
				))}
				{LINES.map((l) => (
					<li key={l.status} class="lab-legend">
						<LineSwatch class={`lab-line lab-sline lab-c${l.status}`} dash={l.dash} />
						{`${STATUS_ICON[l.status]} ${s[STATUS_KEY[l.status]]}`}
					</li>
				))}
				<li class="lab-legend">
					<svg
						viewBox="0 0 20 20"
						aria-hidden="true"
						class="lab-swatch-mark lab-mark lab-mark-step"
					>
						<circle cx="10" cy="10" r="8" />
					</svg>
					{s['lab.chart.legendStep']}
				</li>
				<li class="lab-legend">
					<svg
						viewBox="0 0 20 20"
						aria-hidden="true"
						class="lab-swatch-mark lab-mark lab-mark-action"
					>
						<path d="M3 3H17L10 17Z" />
					</svg>
					{s['lab.chart.legendAction']}
				</li>
			</ul>
		</div>
	);
}
