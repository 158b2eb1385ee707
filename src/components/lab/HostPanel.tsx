import type { KmsHost, Simulation } from '../../engine/index.ts';
import { CLIENT_ACTIVATION_THRESHOLD, SERVER_ACTIVATION_THRESHOLD } from '../../data/timers.ts';
import { fill, formatSpan, type LabLocale } from '../../lab/format.ts';
import type { LabStrings } from '../../lab/strings.ts';
import { STATUS_KEY } from './status.ts';

interface Props {
	sim: Simulation;
	host: KmsHost;
	s: LabStrings;
	locale: LabLocale;
	/** Compact scenes show only the count. */
	idPrefix: string;
}

const MAX_SHOWN = 50;

/** The current count drawn against the server (5) and client (25) thresholds, on the 0–50 scale a host can show. */
export function CountMeter({
	count,
	s,
	idPrefix,
}: {
	count: number;
	s: LabStrings;
	idPrefix: string;
}) {
	const w = 300;
	const xOf = (v: number) => 10 + (Math.min(v, MAX_SHOWN) / MAX_SHOWN) * (w - 20);
	return (
		<svg
			class="lab-meter"
			viewBox={`0 0 ${w} 56`}
			role="img"
			aria-labelledby={`${idPrefix}-meter-t`}
		>
			<title id={`${idPrefix}-meter-t`}>
				{fill(s['lab.host.meter'], {
					n: count,
					server: SERVER_ACTIVATION_THRESHOLD,
					client: CLIENT_ACTIVATION_THRESHOLD,
				})}
			</title>
			<rect x="10" y="8" width={w - 20} height="20" class="lab-meter-bg" />
			<rect
				x="10"
				y="8"
				width={Math.max(0, xOf(count) - 10)}
				height="20"
				class={`lab-meter-bar ${count >= CLIENT_ACTIVATION_THRESHOLD ? 'lab-c1' : count >= SERVER_ACTIVATION_THRESHOLD ? 'lab-c2' : 'lab-c3'}`}
			/>
			{[SERVER_ACTIVATION_THRESHOLD, CLIENT_ACTIVATION_THRESHOLD].map((v) => (
				<g key={v}>
					<line x1={xOf(v)} y1="4" x2={xOf(v)} y2="32" class="lab-threshold" />
					<text x={xOf(v)} y="48" text-anchor="middle" class="lab-dg-small">
						{v}
					</text>
				</g>
			))}
			<text x="10" y="48" class="lab-dg-small">
				0
			</text>
			<text x={w - 10} y="48" text-anchor="end" class="lab-dg-small">
				{MAX_SHOWN}
			</text>
		</svg>
	);
}

/** A KMS host: count, CMID cache with ages, request counters, DNS publishing, port, service. */
export function HostPanel({ sim, host, s, locale, idPrefix }: Props) {
	const count = sim.hostCount(host.name);
	const counters = host.counters;
	const cmids = sim.hostCmids(host.name);
	return (
		<div class="lab-panel lab-host">
			<h3 id={`${idPrefix}-host-h`}>{fill(s['lab.host.title'], { host: host.name })}</h3>
			<p class="lab-big" data-lab-count={count}>
				{s['lab.host.count']} <strong>{count}</strong>
			</p>
			<CountMeter count={count} s={s} idPrefix={`${idPrefix}-${host.name}`} />
			<dl class="lab-facts">
				<dt>{s['lab.host.service']}</dt>
				<dd>{host.serviceRunning ? s['lab.svc.running'] : s['lab.svc.stopped']}</dd>
				<dt>{s['lab.host.port']}</dt>
				<dd>
					{host.port}
					{host.pendingPort !== null &&
						` (${fill(s['lab.host.pendingPort'], { port: host.pendingPort })})`}
				</dd>
				<dt>{s['lab.host.firewall']}</dt>
				<dd>{host.firewallOpen ? s['lab.fw.open'] : s['lab.fw.closed']}</dd>
				<dt>{s['lab.host.updates']}</dt>
				<dd>
					{host.updatesInstalled ? s['lab.host.updatesInstalled'] : s['lab.host.updatesMissing']}
				</dd>
				<dt>{s['lab.host.dns']}</dt>
				<dd>{host.dnsPublishing ? s['lab.on'] : s['lab.off']}</dd>
				<dt>{s['lab.host.key']}</dt>
				<dd>
					{host.hostKey === null
						? s['lab.host.noKey']
						: `${host.hostKey} · ${host.keyActivated ? s['lab.host.keyActivated'] : s['lab.host.keyNotActivated']}`}
				</dd>
				<dt>{s['lab.host.cacheSize']}</dt>
				<dd>{sim.hostCacheSize(host.name)}</dd>
			</dl>
			<h4>{s['lab.host.counters']}</h4>
			<dl class="lab-facts">
				<dt>{s['lab.host.total']}</dt>
				<dd data-lab-total={counters.total}>{counters.total}</dd>
				<dt>{s['lab.host.failed']}</dt>
				<dd data-lab-failed={counters.failed}>{counters.failed}</dd>
				{counters.byStatus.map((n, st) =>
					n > 0 ? (
						<>
							<dt key={`t${st}`}>
								{fill(s['lab.host.byStatus'], { status: s[STATUS_KEY[st as 0]] })}
							</dt>
							<dd key={`d${st}`}>{n}</dd>
						</>
					) : null
				)}
			</dl>
			<details class="lab-cmids">
				<summary>{fill(s['lab.host.cmids'], { n: cmids.length })}</summary>
				{cmids.length === 0 ? (
					<p>{s['lab.host.noCmids']}</p>
				) : (
					<table>
						<thead>
							<tr>
								<th scope="col">CMID</th>
								<th scope="col">{s['lab.host.age']}</th>
							</tr>
						</thead>
						<tbody>
							{cmids.map((c) => (
								<tr key={c.cmid}>
									<td>
										<code>{c.cmid}</code>
									</td>
									<td>{formatSpan(locale, sim.now - c.lastSeen)}</td>
								</tr>
							))}
						</tbody>
					</table>
				)}
			</details>
		</div>
	);
}
