import { figureLabHref } from '../../figures/labHref.ts';
import { statusAt, windowAt, type TrackView } from '../../figures/lookup.ts';
import type { FigureStrings } from '../../i18n/figures.ts';
import { STATUS_GLYPH, fill, statusName } from './parts.tsx';
import { AXIS, DayFigure, MINUTES_PER_DAY } from './timeParts.tsx';

export interface ValidityProps {
	days: number;
	scenario: string;
	rows: (TrackView & { label: string })[];
	validityDays: number;
	retryMinutes: number;
	strings: FigureStrings;
	simulatorPath: string;
	idPrefix: string;
	/** Day shown first. */
	start: number;
}

const ROW_H = 64;
const TOP = 8;

/** Validity and renewal: the slider scrubs the days; each row is one machine of the preset. */
export function ValidityPicture(p: ValidityProps) {
	const s = p.strings;
	return (
		<DayFigure
			idPrefix={p.idPrefix}
			days={p.days}
			start={p.start}
			rowCount={p.rows.length}
			rowHeight={ROW_H}
			top={TOP}
			bottom={6}
			title={s.validityTitle}
			desc={fill(s.validityDesc, { validity: p.validityDays })}
			control={s.validityControl}
			strings={s}
			labHref={(now) => figureLabHref(p.simulatorPath, p.scenario, now)}
			rows={({ day, now, x }) => {
				p.rows.map((row, i) => {
					const y = TOP + i * ROW_H;
					const win = windowAt(row, now);
					const status = statusAt(row, now);
					const failed = row.failedByDay[day] ?? 0;
					return (
						<g key={row.machine} data-row={row.machine}>
							<text class="kms-fig-label" x={AXIS.left} y={y + 12}>
								{row.machine} · {row.label} · {status === null ? '' : STATUS_GLYPH[status]}{' '}
								{statusName(s, status)}
							</text>
							<line
								class="kms-fig-axis"
								x1={x(0)}
								x2={x(p.days * MINUTES_PER_DAY)}
								y1={y + 44}
								y2={y + 44}
							/>
							{win && (
								<rect
									class={win[1] > now ? 'kms-fig-window' : 'kms-fig-window kms-fig-window-over'}
									x={x(win[0])}
									y={y + 22}
									width={Math.max(x(win[1]) - x(win[0]), 1)}
									height={14}
									rx="3"
								/>
							)}
							{failed > 0 && win && (
								<rect
									class="kms-fig-retry"
									x={x(win[0])}
									y={y + 40}
									width={Math.max(x(now) - x(win[0]), 1)}
									height={8}
								/>
							)}
							{row.windows
								.filter((w) => w[0] <= now)
								.map((w) => (
									<path key={w[0]} class="kms-fig-success" d={`M${x(w[0])} ${y + 38} l4 8 h-8 z`} />
								))}
						</g>
					);
				});
			}}
			readout={({ day, now }) => {
				p.rows.map((row) => {
					const win = windowAt(row, now);
					const status = statusName(s, statusAt(row, now));
					const failed = row.failedByDay[day] ?? 0;
					const left = win ? Math.ceil((win[1] - now) / MINUTES_PER_DAY) : 0;
					return (
						<p key={row.machine}>
							{left > 0
								? fill(s.validityRows, { machine: row.machine, status, left })
								: fill(s.validityExpired, { machine: row.machine, status })}
							{failed > 0 && ` — ${fill(s.validityRetries, { n: failed, retry: p.retryMinutes })}`}
						</p>
					);
				});
			}}
		/>
	);
}
