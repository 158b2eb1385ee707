import { figureLabHref } from '../../figures/labHref.ts';
import { stateBands, statusAt, type TrackView } from '../../figures/lookup.ts';
import type { FigureStrings } from '../../i18n/figures.ts';
import { STATUS_GLYPH, fill, statusName } from './parts.tsx';
import { AXIS, DayFigure, MINUTES_PER_DAY } from './timeParts.tsx';

export interface StatesProps {
	days: number;
	rows: (TrackView & { label: string; scenario: string; graceEndsAt: number })[];
	strings: FigureStrings;
	simulatorPath: string;
	idPrefix: string;
	start: number;
}

const ROW_H = 58;
const TOP = 6;

/** License states: the slider scrubs the days; each row's strip fills in up to the day chosen. */
export function StatesPicture(p: StatesProps) {
	const s = p.strings;
	// The lab opens on the row whose story the reader is most likely following: the last one.
	const linkRow = p.rows[p.rows.length - 1];
	return (
		<DayFigure
			idPrefix={p.idPrefix}
			days={p.days}
			start={p.start}
			rowCount={p.rows.length}
			rowHeight={ROW_H}
			top={TOP}
			bottom={4}
			title={s.statesTitle}
			desc={s.statesDesc}
			control={s.statesControl}
			strings={s}
			labHref={(now) => figureLabHref(p.simulatorPath, linkRow?.scenario ?? '', now)}
			rows={({ now, x }) => {
				p.rows.map((row, i) => {
					const y = TOP + i * ROW_H;
					return (
						<g key={row.machine} data-row={row.machine}>
							<text class="kms-fig-label" x={AXIS.left} y={y + 12}>
								{row.label}
							</text>
							<rect
								class="kms-fig-track"
								x={x(0)}
								y={y + 20}
								width={x(p.days * MINUTES_PER_DAY) - x(0)}
								height={24}
								rx="3"
							/>
							{stateBands(row, 0, now).map((band) => (
								<g key={band.start}>
									<rect
										class={`kms-fig-band kms-fig-s${band.status}`}
										x={x(band.start)}
										y={y + 20}
										width={Math.max(x(band.end) - x(band.start), 1)}
										height={24}
									/>
									{x(band.end) - x(band.start) > 14 && (
										<text class="kms-fig-glyph" x={x(band.start) + 4} y={y + 37}>
											{STATUS_GLYPH[band.status]}
										</text>
									)}
								</g>
							))}
							{statusAt(row, row.graceEndsAt - 1) === 2 && row.graceEndsAt <= now && (
								<line
									class="kms-fig-mark"
									x1={x(row.graceEndsAt)}
									x2={x(row.graceEndsAt)}
									y1={y + 16}
									y2={y + 48}
								>
									<title>{s.statesGraceEnd}</title>
								</line>
							)}
						</g>
					);
				});
			}}
			readout={({ now }) => {
				p.rows.map((row) => {
					const status = statusAt(row, now);
					return (
						<p key={row.machine} data-status={status ?? ''}>
							{fill(s.statesNow, { machine: row.machine, status: statusName(s, status) })}
						</p>
					);
				});
			}}
		/>
	);
}
