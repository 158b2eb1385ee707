import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { MINUTES_PER_DAY } from '../../data/timers.ts';
import type { FigureStrings } from '../../i18n/figures.ts';
import { dayOf } from '../../lab/format.ts';
import { FigureFooter, FigureRange, fill } from './parts.tsx';

/** The day axis the timeline figures share: days 0…`days` across a 640-wide drawing. */
export const AXIS = { width: 640, left: 16, right: 16 } as const;

export function dayX(days: number, minute: number): number {
	const span = AXIS.width - AXIS.left - AXIS.right;
	return AXIS.left + (span * Math.min(minute, days * MINUTES_PER_DAY)) / (days * MINUTES_PER_DAY);
}

/** The line at the day chosen. */
export function NowLine(props: { x: number; top: number; bottom: number }) {
	return <line class="kms-fig-now" x1={props.x} x2={props.x} y1={props.top} y2={props.bottom} />;
}

/** The timeline figures' one control: a day slider, its value written as the lab writes days. */
export function DayRange(props: {
	idPrefix: string;
	label: string;
	days: number;
	day: number;
	strings: FigureStrings;
	onDay: (day: number) => void;
}) {
	return (
		<FigureRange
			id={`${props.idPrefix}-control`}
			label={props.label}
			min={0}
			max={props.days}
			value={props.day}
			valueText={fill(props.strings.day, { n: dayOf(props.day * MINUTES_PER_DAY) })}
			onValue={props.onDay}
		/>
	);
}

/** What a timeline figure draws for the day chosen (`now` is that day in minutes). */
export interface DayView {
	day: number;
	now: number;
	x: (minute: number) => number;
}

/**
 * The frame the timeline figures share: one row per machine over `days`, the line at the day
 * chosen, the day slider, and a readout with the link that opens the lab at that day.
 */
export function DayFigure(props: {
	idPrefix: string;
	days: number;
	start: number;
	rowCount: number;
	rowHeight: number;
	top: number;
	bottom: number;
	title: string;
	desc: string;
	control: string;
	strings: FigureStrings;
	rows: (view: DayView) => ComponentChildren;
	readout: (view: DayView) => ComponentChildren;
	labHref: (now: number) => string;
}) {
	const [day, setDay] = useState(props.start);
	const now = day * MINUTES_PER_DAY;
	const view: DayView = { day, now, x: (minute) => dayX(props.days, minute) };
	const titleId = `${props.idPrefix}-title`;
	const descId = `${props.idPrefix}-desc`;
	const rowsEnd = props.top + props.rowHeight * props.rowCount;
	return (
		<div class="kms-fig-body" data-day={day}>
			<svg
				viewBox={`0 0 ${AXIS.width} ${rowsEnd + props.bottom}`}
				role="img"
				aria-labelledby={`${titleId} ${descId}`}
			>
				<title id={titleId}>{props.title}</title>
				<desc id={descId}>{props.desc}</desc>
				{props.rows(view)}
				<NowLine x={view.x(now)} top={props.top + 16} bottom={rowsEnd} />
			</svg>
			<DayRange
				idPrefix={props.idPrefix}
				label={props.control}
				days={props.days}
				day={day}
				strings={props.strings}
				onDay={setDay}
			/>
			<FigureFooter href={props.labHref(now)} linkText={props.strings.openLab}>
				{props.readout(view)}
			</FigureFooter>
		</div>
	);
}

export { MINUTES_PER_DAY };
