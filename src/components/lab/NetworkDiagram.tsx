import type { Simulation } from '../../engine/index.ts';
import { fill } from '../../lab/format.ts';
import type { LabStrings } from '../../lab/strings.ts';
import { STATUS_ICON, STATUS_KEY, STATUS_ORDER } from './status.ts';

interface Props {
	sim: Simulation;
	s: LabStrings;
	idPrefix: string;
}

/**
 * The network as an SVG picture: the DNS server with its SRV records, each KMS host behind its
 * firewall rule, and the machines summarised by license state. Server-rendered too, so a page
 * without JS still shows the network's initial state. Text inside carries every fact (no colour-only cue).
 */
export function NetworkDiagram({ sim, s, idPrefix }: Props) {
	const hosts = sim.hosts();
	const machines = sim.machines();
	const zone = sim.world.zones[0];
	const records = zone?.records.length ?? 0;
	const byStatus = [0, 0, 0, 0, 0, 0, 0];
	for (const m of machines) byStatus[m.status] = (byStatus[m.status] ?? 0) + 1;
	const hostW = 190;
	const width = Math.max(420, 220 + hosts.length * (hostW + 20));
	const total = Math.max(1, machines.length);
	const barW = width - 40;
	let x = 20;
	const summary = STATUS_ORDER.filter((st) => (byStatus[st] ?? 0) > 0)
		.map((st) => `${s[STATUS_KEY[st]]} ${byStatus[st]}`)
		.join(', ');
	const desc = [
		fill(s['lab.net.descDns'], { zone: zone?.name ?? '—', n: records }),
		...hosts.map((h) =>
			fill(s['lab.net.descHost'], {
				host: h.name,
				count: sim.hostCount(h.name),
				service: h.serviceRunning ? s['lab.on'] : s['lab.off'],
				firewall: h.firewallOpen ? s['lab.fw.open'] : s['lab.fw.closed'],
			})
		),
		fill(s['lab.net.descMachines'], { n: machines.length, summary: summary || '—' }),
	].join(' ');
	return (
		<svg
			class="lab-diagram"
			viewBox={`0 0 ${width} 220`}
			role="img"
			aria-labelledby={`${idPrefix}-dg-t ${idPrefix}-dg-d`}
			preserveAspectRatio="xMidYMid meet"
		>
			<title id={`${idPrefix}-dg-t`}>{s['lab.net.diagram']}</title>
			<desc id={`${idPrefix}-dg-d`}>{desc}</desc>
			{/* Links carry `data-link` (dns, or a host's index): ProtocolLayer.tsx draws messages along them. */}
			<line x1="165" y1="90" x2="165" y2="130" class="lab-dg-link" data-link="dns" />
			<text x="172" y="123" class="lab-dg-small">
				SRV
			</text>
			<g class="lab-dg-node">
				<rect x="20" y="20" width="170" height="70" rx="6" />
				<text x="32" y="46">
					{s['lab.net.dns']}
				</text>
				<text x="32" y="72" class="lab-dg-small">
					{fill(s['lab.net.srv'], { n: records })}
				</text>
			</g>
			{hosts.map((h, i) => {
				const hx = 220 + i * (hostW + 20);
				return (
					<g key={h.name} class={`lab-dg-node ${h.serviceRunning ? '' : 'lab-dg-down'}`}>
						<line x1={hx - 30} y1="55" x2={hx} y2="55" class="lab-dg-link" />
						<rect x={hx} y="20" width={hostW} height="70" rx="6" />
						<text x={hx + 12} y="42">
							{h.name}
						</text>
						<text x={hx + 12} y="62" class="lab-dg-small">
							{fill(s['lab.net.count'], { n: sim.hostCount(h.name) })}
						</text>
						<text x={hx + 12} y="80" class="lab-dg-small">
							{`FW ${h.firewallOpen ? s['lab.fw.open'] : s['lab.fw.closed']} · ${h.serviceRunning ? s['lab.svc.running'] : s['lab.svc.stopped']}`}
						</text>
						<line
							x1={hx + hostW / 2}
							y1="90"
							x2={hx + hostW / 2}
							y2="130"
							class="lab-dg-link"
							data-link={i}
						/>
						<text x={hx + hostW / 2 + 8} y="123" class="lab-dg-small">
							{`TCP ${h.port}`}
						</text>
					</g>
				);
			})}
			<text x="20" y="125" class="lab-dg-small">
				{fill(s['lab.net.machines'], { n: machines.length })}
			</text>
			{STATUS_ORDER.map((st) => {
				const n = byStatus[st] ?? 0;
				if (n === 0) return null;
				const w = (n / total) * barW;
				const bx = x;
				x += w;
				return (
					<g key={st}>
						<rect
							x={bx}
							y="135"
							width={Math.max(w, 1)}
							height="34"
							class={`lab-dg-bar lab-c${st}`}
						/>
						{w > 40 && (
							<text x={bx + 6} y="158" class="lab-dg-bartext">
								{`${STATUS_ICON[st]} ${n}`}
							</text>
						)}
					</g>
				);
			})}
			<text x="20" y="195" class="lab-dg-small">
				{summary}
			</text>
		</svg>
	);
}
