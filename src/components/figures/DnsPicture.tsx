import { useState } from 'preact/hooks';
import type { DnsModel } from '../../figures/dns.ts';
import { figureLabHref } from '../../figures/labHref.ts';
import type { FigureStrings } from '../../i18n/figures.ts';
import { FigureFooter, fill } from './parts.tsx';

interface Props {
	model: DnsModel;
	strings: FigureStrings;
	simulatorPath: string;
	idPrefix: string;
}

const BOX = { w: 150, h: 52 } as const;
const CLIENT = { x: 16, y: 64 };
const DNS = { x: 245, y: 8 };
const HOST = { x: 474, y: 64 };

/** DNS discovery: one switch publishes or removes the SRV record; the engine's run answers. */
export function DnsPicture({ model, strings: s, simulatorPath, idPrefix }: Props) {
	const [published, setPublished] = useState(true);
	const frame = published ? model.frames[0] : model.frames[1];
	const found = frame.answer !== null;
	const titleId = `${idPrefix}-title`;
	const descId = `${idPrefix}-desc`;
	const box = (at: { x: number; y: number }, label: string, sub: string, off = false) => (
		<g class={off ? 'kms-fig-node kms-fig-node-off' : 'kms-fig-node'}>
			<rect x={at.x} y={at.y} width={BOX.w} height={BOX.h} rx="6" />
			<text class="kms-fig-label" x={at.x + BOX.w / 2} y={at.y + 21} text-anchor="middle">
				{label}
			</text>
			<text class="kms-fig-small" x={at.x + BOX.w / 2} y={at.y + 40} text-anchor="middle">
				{sub}
			</text>
		</g>
	);
	const hostName = frame.answer?.target.split('.')[0] ?? frame.host ?? '';
	return (
		<div class="kms-fig-body" data-published={String(published)} data-result={frame.result}>
			<svg viewBox="0 0 640 150" role="img" aria-labelledby={`${titleId} ${descId}`}>
				<title id={titleId}>{s.dnsTitle}</title>
				<desc id={descId}>{s.dnsDesc}</desc>
				{box(CLIENT, s.dnsClient, frame.machine)}
				{box(DNS, s.dnsServer, `${model.srvName} ${found ? '✓' : '✕'}`, !found)}
				{box(HOST, s.dnsHost, hostName, !found)}
				<path
					class="kms-fig-msg"
					d={`M${CLIENT.x + BOX.w} ${CLIENT.y + 8} L${DNS.x} ${DNS.y + 26}`}
				/>
				<text class="kms-fig-small" x={200} y={52} text-anchor="middle">
					①
				</text>
				<path
					class={found ? 'kms-fig-msg' : 'kms-fig-msg kms-fig-msg-fail'}
					d={`M${DNS.x} ${DNS.y + 44} L${CLIENT.x + BOX.w} ${CLIENT.y + 28}`}
				/>
				<text class="kms-fig-small" x={214} y={80} text-anchor="middle">
					{found ? '②' : '② ✕'}
				</text>
				{found ? (
					<path
						class="kms-fig-msg"
						d={`M${CLIENT.x + BOX.w} ${CLIENT.y + 44} L${HOST.x} ${HOST.y + 44}`}
					/>
				) : null}
				<text class="kms-fig-small" x={320} y={CLIENT.y + 64} text-anchor="middle">
					{found ? `③ TCP ${frame.answer?.port ?? ''}` : `③ ✕ ${frame.result}`}
				</text>
			</svg>
			<div class="kms-fig-control">
				<label class="kms-fig-switch">
					<input
						type="checkbox"
						data-primary-control
						checked={published}
						onChange={(e) => setPublished(e.currentTarget.checked)}
					/>
					<span>{s.dnsControl}</span>
				</label>
			</div>
			<FigureFooter
				href={figureLabHref(simulatorPath, model.scenario, frame.minute)}
				linkText={s.openLab}
			>
				<ol class="kms-fig-steps">
					<li>{fill(s.dnsStep1, { machine: frame.machine, query: frame.query })}</li>
					<li>{frame.answer ? fill(s.dnsStep2Found, { ...frame.answer }) : s.dnsStep2Missing}</li>
					<li>
						{frame.answer
							? fill(s.dnsStep3Found, {
									host: frame.host ?? frame.answer.target,
									port: frame.answer.port,
									count: frame.count ?? '',
									result: frame.result,
								})
							: fill(s.dnsStep3Missing, { result: frame.result })}
					</li>
				</ol>
			</FigureFooter>
		</div>
	);
}
