import type { ComponentChildren } from 'preact';
import type { LicenseStatus } from '../../engine/types.ts';
import type { FigureKey, FigureStrings } from '../../i18n/figures.ts';

/**
 * Pieces every guide figure shares: the one labelled control, the "open in the lab" link and the
 * status names and marks. Colour is never the only cue: each status also has a glyph and a name.
 */

export { fill } from '../../lab/format.ts';

/** The lab's status icons, so a state looks the same in the figures and in the lab. */
export { STATUS_ICON as STATUS_GLYPH } from '../lab/status.ts';

const STATUS_KEY: Partial<Record<LicenseStatus, FigureKey>> = {
	0: 'status0',
	1: 'status1',
	2: 'status2',
	3: 'status3',
	5: 'status5',
};

/** A status's name ("not there yet" for null). */
export function statusName(s: FigureStrings, status: LicenseStatus | null): string {
	const key = status === null ? 'statusNone' : STATUS_KEY[status];
	return key === undefined ? String(status) : s[key];
}

/** A range control with its label and the value as words (the figure's one control). */
export function FigureRange(props: {
	id: string;
	label: string;
	min: number;
	max: number;
	value: number;
	valueText: string;
	onValue: (value: number) => void;
}) {
	return (
		<div class="kms-fig-control">
			<label for={props.id}>{props.label}</label>
			<input
				id={props.id}
				type="range"
				data-primary-control
				min={props.min}
				max={props.max}
				step={1}
				value={props.value}
				aria-valuetext={props.valueText}
				onInput={(e) => props.onValue(Number(e.currentTarget.value))}
			/>
			<output for={props.id}>{props.valueText}</output>
		</div>
	);
}

/** The figure's readout and its link into the lab at the state shown. */
export function FigureFooter(props: {
	href: string;
	linkText: string;
	children: ComponentChildren;
}) {
	return (
		<div class="kms-fig-foot">
			<div class="kms-fig-readout" aria-live="polite">
				{props.children}
			</div>
			<a class="kms-fig-lab" href={props.href} data-lab-link>
				{props.linkText}
			</a>
		</div>
	);
}
