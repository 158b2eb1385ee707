import { MINUTES_PER_DAY } from '../../data/timers.ts';
import type { FigureStrings } from '../../i18n/figures.ts';
import { dayOf } from '../../lab/format.ts';
import { FigureRange, fill } from './parts.tsx';

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

export { MINUTES_PER_DAY };
