import { CLIENT_ACTIVATION_THRESHOLD, SERVER_ACTIVATION_THRESHOLD } from '../../data/timers.ts';
import { dayOf, fill } from '../../lab/format.ts';
import { maxOf, stepPath, xOf, yOf, type Sample, type Scale } from '../../lab/series.ts';
import type { LabStrings } from '../../lab/strings.ts';
import { STATUS_ICON, STATUS_KEY } from './status.ts';

interface Props {
	series: readonly Sample[];
	hostNames: readonly string[];
	now: number;
	end: number;
	s: LabStrings;
	idPrefix: string;
}

const W = 600;
const H = 150;
const PAD = { l: 36, r: 10, t: 10, b: 24 };
/** States drawn as lines, each with its own dash pattern so colour is not the only cue. */
const LINES: readonly { status: 1 | 2 | 3 | 5; dash: string }[] = [
	{ status: 1, dash: '' },
	{ status: 2, dash: '6 3' },
	{ status: 3, dash: '2 3' },
	{ status: 5, dash: '10 3 2 3' },
];
const HOST_DASH = ['', '6 3', '2 3'];

function Axis({ scale, max, end }: { scale: Scale; max: number; end: number }) {
	const days = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(f * end));
	return (
		<g class="lab-axis">
			<line x1={PAD.l} y1={H - PAD.b} x2={W - PAD.r} y2={H - PAD.b} />
			<line x1={PAD.l} y1={PAD.t} x2={PAD.l} y2={H - PAD.b} />
			{days.map((t) => (
				<text key={t} x={xOf(scale, t)} y={H - 6} text-anchor="middle">
					{dayOf(t)}
				</text>
			))}
			<text x={PAD.l - 4} y={PAD.t + 8} text-anchor="end">
				{max}
			</text>
			<text x={PAD.l - 4} y={H - PAD.b} text-anchor="end">
				0
			</text>
		</g>
	);
}

/** Two SVG charts over simulated time: each host's count (with the 5 and 25 lines) and machines per license state. */
export function TimelineChart({ series, hostNames, now, end, s, idPrefix }: Props) {
	const t1 = Math.max(end, now, 60);
	const countMax = 50;
	const countScale: Scale = {
		t0: 0,
		t1,
		v0: 0,
		v1: countMax,
		x0: PAD.l,
		x1: W - PAD.r,
		y0: H - PAD.b,
		y1: PAD.t,
	};
	const machineMax = maxOf(series, (x) => x.byStatus.reduce((a, b) => a + b, 0), 5);
	const stateScale: Scale = { ...countScale, v1: machineMax };
	const last = series[series.length - 1];
	const nowX = xOf(countScale, now);
	const countText = hostNames.map((h, i) => `${h} ${last?.counts[i] ?? 0}`).join(', ');
	const stateText = LINES.map(
		(l) => `${s[STATUS_KEY[l.status]]} ${last?.byStatus[l.status] ?? 0}`
	).join(', ');
	return (
		<div class="lab-chart">
			<h3 id={`${idPrefix}-chart-h`}>{s['lab.chart.title']}</h3>
			<figure>
				<svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${idPrefix}-c1`}>
					<title id={`${idPrefix}-c1`}>
						{fill(s['lab.chart.countAlt'], { values: countText || '—' })}
					</title>
					<Axis scale={countScale} max={countMax} end={t1} />
					{[SERVER_ACTIVATION_THRESHOLD, CLIENT_ACTIVATION_THRESHOLD].map((v) => (
						<g key={v} class="lab-threshold-line">
							<line x1={PAD.l} x2={W - PAD.r} y1={yOf(countScale, v)} y2={yOf(countScale, v)} />
							<text x={W - PAD.r - 2} y={yOf(countScale, v) - 3} text-anchor="end">
								{fill(s['lab.chart.threshold'], { n: v })}
							</text>
						</g>
					))}
					{hostNames.map((h, i) => (
						<path
							key={h}
							d={stepPath(series, (x) => x.counts[i] ?? 0, countScale)}
							class="lab-line lab-line-count"
							stroke-dasharray={HOST_DASH[i % HOST_DASH.length]}
						/>
					))}
					<line x1={nowX} x2={nowX} y1={PAD.t} y2={H - PAD.b} class="lab-now" />
				</svg>
				<figcaption>
					{hostNames.map((h, i) => (
						<span key={h} class="lab-legend">
							<svg viewBox="0 0 24 8" aria-hidden="true" class="lab-swatch">
								<line
									x1="0"
									y1="4"
									x2="24"
									y2="4"
									class="lab-line lab-line-count"
									stroke-dasharray={HOST_DASH[i % HOST_DASH.length]}
								/>
							</svg>
							{fill(s['lab.chart.countOf'], { host: h })}
						</span>
					))}
				</figcaption>
			</figure>
			<figure>
				<svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${idPrefix}-c2`}>
					<title id={`${idPrefix}-c2`}>
						{fill(s['lab.chart.statesAlt'], { values: stateText })}
					</title>
					<Axis scale={stateScale} max={machineMax} end={t1} />
					{LINES.map((l) => (
						<path
							key={l.status}
							d={stepPath(series, (x) => x.byStatus[l.status] ?? 0, stateScale)}
							class={`lab-line lab-sline lab-c${l.status}`}
							stroke-dasharray={l.dash}
						/>
					))}
					<line x1={nowX} x2={nowX} y1={PAD.t} y2={H - PAD.b} class="lab-now" />
				</svg>
				<figcaption>
					{LINES.map((l) => (
						<span key={l.status} class="lab-legend">
							<svg viewBox="0 0 24 8" aria-hidden="true" class="lab-swatch">
								<line
									x1="0"
									y1="4"
									x2="24"
									y2="4"
									class={`lab-line lab-sline lab-c${l.status}`}
									stroke-dasharray={l.dash}
								/>
							</svg>
							{`${STATUS_ICON[l.status]} ${s[STATUS_KEY[l.status]]}`}
						</span>
					))}
				</figcaption>
			</figure>
		</div>
	);
}
