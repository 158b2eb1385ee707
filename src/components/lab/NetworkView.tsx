import { useState } from 'preact/hooks';
import type { Simulation } from '../../engine/index.ts';
import { fill } from '../../lab/format.ts';
import {
	groupMachines,
	shouldGroup,
	type MachineDot,
	type MachineGroup,
} from '../../lab/layout.ts';
import { isServerProduct } from '../../lab/session.ts';
import type { LabStrings } from '../../lab/strings.ts';
import { STATUS_ICON, STATUS_KEY, STATUS_ORDER, statusClass } from './status.ts';

interface Props {
	sim: Simulation;
	s: LabStrings;
	selected: string | null;
	onSelect: (name: string) => void;
	idPrefix: string;
}

function MachineButton({
	m,
	s,
	selected,
	onSelect,
}: {
	m: MachineDot;
	s: LabStrings;
	selected: boolean;
	onSelect: (name: string) => void;
}) {
	return (
		<li>
			<button
				type="button"
				class={`lab-machine ${statusClass(m.status)}`}
				aria-pressed={selected}
				onClick={() => onSelect(m.name)}
				data-machine={m.name}
			>
				<span class="lab-icon" aria-hidden="true">
					{STATUS_ICON[m.status]}
				</span>
				<span class="lab-mname">{m.name}</span>
				<span class="lab-mstate">
					{s[STATUS_KEY[m.status]]}
					{!m.online && ` · ${s['lab.offline']}`}
					{m.server && ` · ${s['lab.server']}`}
				</span>
			</button>
		</li>
	);
}

function groupSummary(g: MachineGroup, s: LabStrings): string {
	return STATUS_ORDER.filter((st) => (g.byStatus[st] ?? 0) > 0)
		.map((st) => `${STATUS_ICON[st]} ${s[STATUS_KEY[st]]} ${g.byStatus[st]}`)
		.join(' · ');
}

/**
 * The machines, each a button showing its state by icon and text as well as colour. Up to 60
 * machines are listed one by one; larger networks are summarised in groups of 50 that open to
 * reach each machine.
 */
export function NetworkView({ sim, s, selected, onSelect, idPrefix }: Props) {
	const [open, setOpen] = useState<string | null>(null);
	const hosts = sim.hosts();
	const dots: MachineDot[] = sim.machines().map((m) => ({
		name: m.name,
		status: m.status,
		server: isServerProduct(m.product),
		online: m.online,
	}));
	const grouped = shouldGroup(dots.length);
	const groups = grouped ? groupMachines(dots) : [];
	const lowerSel = selected?.toLowerCase();
	return (
		<div class="lab-network">
			<h3 id={`${idPrefix}-net-h`}>{s['lab.net.title']}</h3>
			<ul class="lab-hosts" aria-label={s['lab.net.hosts']}>
				{hosts.map((h) => (
					<li key={h.name}>
						<button
							type="button"
							class={`lab-machine lab-hostbtn ${h.serviceRunning ? '' : 'lab-down'}`}
							aria-pressed={lowerSel === h.name.toLowerCase()}
							onClick={() => onSelect(h.name)}
							data-machine={h.name}
						>
							<span class="lab-icon" aria-hidden="true">
								{h.serviceRunning ? '◆' : '◇'}
							</span>
							<span class="lab-mname">{h.name}</span>
							<span class="lab-mstate">
								{fill(s['lab.net.count'], { n: sim.hostCount(h.name) })} ·{' '}
								{h.serviceRunning ? s['lab.svc.running'] : s['lab.svc.stopped']}
							</span>
						</button>
					</li>
				))}
			</ul>
			{dots.length === 0 ? (
				<p>{s['lab.net.none']}</p>
			) : grouped ? (
				<ul class="lab-groups" aria-label={fill(s['lab.net.machines'], { n: dots.length })}>
					{groups.map((g) => {
						const isOpen =
							open === g.id ||
							(open === null && g.machines.some((m) => m.name.toLowerCase() === lowerSel));
						return (
							<li key={g.id} class="lab-group">
								<button
									type="button"
									class="lab-groupbtn"
									aria-expanded={isOpen}
									onClick={() => setOpen(isOpen ? '' : g.id)}
								>
									<span class="lab-mname">{`${g.first}–${g.last}`}</span>
									<span class="lab-mstate">
										{groupSummary(g, s)}
										{g.offline > 0 && ` · ${s['lab.offline']} ${g.offline}`}
									</span>
								</button>
								{isOpen && (
									<ul class="lab-machines">
										{g.machines.map((m) => (
											<MachineButton
												key={m.name}
												m={m}
												s={s}
												selected={lowerSel === m.name.toLowerCase()}
												onSelect={onSelect}
											/>
										))}
									</ul>
								)}
							</li>
						);
					})}
				</ul>
			) : (
				<ul class="lab-machines" aria-label={fill(s['lab.net.machines'], { n: dots.length })}>
					{dots.map((m) => (
						<MachineButton
							key={m.name}
							m={m}
							s={s}
							selected={lowerSel === m.name.toLowerCase()}
							onSelect={onSelect}
						/>
					))}
				</ul>
			)}
		</div>
	);
}
