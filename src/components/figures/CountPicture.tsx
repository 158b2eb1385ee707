import { useState } from 'preact/hooks';
import type { CountModel } from '../../figures/count.ts';
import { figureLabHref } from '../../figures/labHref.ts';
import type { FigureStrings } from '../../i18n/figures.ts';
import { FigureFooter, FigureRange, STATUS_GLYPH, fill } from './parts.tsx';

interface Props {
	model: CountModel;
	strings: FigureStrings;
	simulatorPath: string;
	idPrefix: string;
}

const W = 640;
const PAD = 16;
const BAR_Y = 34;
const BAR_H = 26;
const CELL = 19;
const ROW_Y = 92;

/** The count figure: the slider picks how many clients have contacted the host. */
export function CountPicture({ model, strings: s, simulatorPath, idPrefix }: Props) {
	const frames = model.frames;
	const [index, setIndex] = useState(model.clientThreshold - 2);
	const frame = frames[Math.min(Math.max(index, 0), frames.length - 1)] ?? frames[0];
	if (!frame) return null;
	const most = frames[frames.length - 1]?.machines ?? 1;
	const x = (count: number) => PAD + ((W - 2 * PAD) * count) / most;
	const licensed = frame.statuses.filter((st) => st === 1).length;
	const perRow = Math.floor((W - 2 * PAD) / CELL);
	const titleId = `${idPrefix}-title`;
	const descId = `${idPrefix}-desc`;
	const lines = [
		{ n: model.serverThreshold, text: fill(s.countServerLine, { n: model.serverThreshold }) },
		{ n: model.clientThreshold, text: fill(s.countClientLine, { n: model.clientThreshold }) },
	];
	return (
		<div class="kms-fig-body" data-count={frame.count} data-licensed={licensed}>
			<svg
				viewBox={`0 0 ${W} ${ROW_Y + CELL * Math.ceil(most / perRow) + 8}`}
				role="img"
				aria-labelledby={`${titleId} ${descId}`}
			>
				<title id={titleId}>{s.countTitle}</title>
				<desc id={descId}>
					{fill(s.countDesc, { server: model.serverThreshold, client: model.clientThreshold })}
				</desc>
				<rect class="kms-fig-track" x={PAD} y={BAR_Y} width={W - 2 * PAD} height={BAR_H} rx="4" />
				<rect
					class="kms-fig-bar"
					x={PAD}
					y={BAR_Y}
					width={x(frame.count) - PAD}
					height={BAR_H}
					rx="4"
				/>
				{lines.map((line, i) => (
					<g key={line.n}>
						<line
							class={frame.count >= line.n ? 'kms-fig-mark kms-fig-mark-on' : 'kms-fig-mark'}
							x1={x(line.n)}
							x2={x(line.n)}
							y1={BAR_Y - 6}
							y2={BAR_Y + BAR_H + 6}
						/>
						<text
							class="kms-fig-label"
							x={x(line.n)}
							y={i === 0 ? 14 : 24}
							text-anchor={x(line.n) > W / 2 ? 'end' : 'start'}
						>
							{frame.count >= line.n ? '✓ ' : ''}
							{line.text}
						</text>
					</g>
				))}
				{Array.from({ length: most }, (_, i) => {
					const st = frame.statuses[i];
					const cx = PAD + (i % perRow) * CELL;
					const cy = ROW_Y + Math.floor(i / perRow) * CELL;
					return (
						<g key={i}>
							<rect
								class={st === undefined ? 'kms-fig-cell' : `kms-fig-cell kms-fig-s${st}`}
								x={cx}
								y={cy}
								width={CELL - 3}
								height={CELL - 3}
								rx="3"
							/>
							{st !== undefined && (
								<text
									class="kms-fig-glyph"
									x={cx + (CELL - 3) / 2}
									y={cy + 12}
									text-anchor="middle"
								>
									{STATUS_GLYPH[st]}
								</text>
							)}
						</g>
					);
				})}
			</svg>
			<FigureRange
				id={`${idPrefix}-control`}
				label={s.countControl}
				min={0}
				max={frames.length - 1}
				value={index}
				valueText={fill(s.countValue, { n: frame.machines })}
				onValue={setIndex}
			/>
			<FigureFooter
				href={figureLabHref(simulatorPath, model.scenario, frame.minute)}
				linkText={s.openLab}
			>
				<p>{fill(s.countNow, { host: model.host, count: frame.count })}</p>
				<p>{fill(s.countClients, { licensed, machines: frame.machines })}</p>
			</FigureFooter>
		</div>
	);
}
