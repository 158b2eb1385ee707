import { useState } from 'preact/hooks';
import type { Action, ActionResult, KmsHost, Machine, Simulation } from '../../engine/index.ts';
import { findProduct } from '../../data/products.ts';
import { LAB_LIMITS } from '../../engine/limits.ts';
import { describeWith, type ResultWords } from '../../i18n/results/types.ts';
import { fill } from '../../lab/format.ts';
import type { LabStrings } from '../../lab/strings.ts';

interface Props {
	sim: Simulation;
	host: KmsHost | undefined;
	machine: Machine | undefined;
	s: LabStrings;
	/** Words for the engine's refusals, in the page's language. */
	words: ResultWords;
	dispatch: (action: Action) => ActionResult;
	idPrefix: string;
}

/** Products the "add machines" control offers. */
const ADD_KINDS = [
	{ product: 'win11-enterprise', prefix: 'PC', key: 'lab.faults.addClients' },
	{ product: 'ws2022-standard', prefix: 'SRV', key: 'lab.faults.addServers' },
] as const;

/** One button: the action it dispatches and what the panel says when it is done. */
interface Change {
	label: string;
	action: Action;
	done: string;
	/** A data attribute tests find the button by. */
	hook?: 'data-lab-grant-srv';
}

/** Faults and changes: every one is an engine action; the engine decides what follows. */
export function FaultsPanel({ sim, host, machine, s, words, dispatch, idPrefix }: Props) {
	const [message, setMessage] = useState('');
	const [count, setCount] = useState('5');
	const [kind, setKind] = useState(0);
	const act = (action: Action, done: string) => {
		const r = dispatch(action);
		setMessage(
			r.ok
				? r.code !== null && r.code !== '0x00000000'
					? `${done} (${r.code})`
					: done
				: r.error === undefined
					? s['lab.faults.failed']
					: describeWith(words, r.error)
		);
	};
	const zone = host?.domain ?? sim.world.domain;
	const mak = sim.world.makPools[0];
	// Another host created the zone's _vlmcs name and this one has no right on it (12293): what a DNS admin grants in DNS Manager.
	const srvZone = sim.zone(zone);
	const mayNotPublish =
		host !== undefined &&
		srvZone !== undefined &&
		srvZone.srvOwner !== null &&
		srvZone.srvOwner.toLowerCase() !== host.name.toLowerCase() &&
		!srvZone.srvGrants.some((g) => g.toLowerCase() === host.name.toLowerCase());
	const gvlk = machine === undefined ? undefined : findProduct(machine.product)?.gvlk;
	const addMachines = () => {
		const n = Number(count);
		if (!Number.isInteger(n) || n < 1 || n > LAB_LIMITS.maxAddCount) {
			setMessage(fill(s['lab.faults.badCount'], { max: LAB_LIMITS.maxAddCount }));
			return;
		}
		const k = ADD_KINDS[kind] ?? ADD_KINDS[0];
		act(
			{ type: 'addMachines', prefix: k.prefix, count: n, product: k.product },
			fill(s['lab.faults.added'], { n })
		);
	};
	const hostChanges: Change[] =
		host === undefined
			? []
			: [
					{
						label: host.serviceRunning ? s['lab.faults.stop'] : s['lab.faults.start'],
						action: {
							type: 'serviceControl',
							target: host.name,
							command: host.serviceRunning ? 'stop' : 'start',
						},
						done: host.serviceRunning ? s['lab.faults.stopped'] : s['lab.faults.started'],
					},
					{
						label: host.firewallOpen ? s['lab.faults.fwClose'] : s['lab.faults.fwOpen'],
						action: { type: 'setFirewall', host: host.name, open: !host.firewallOpen },
						done: host.firewallOpen ? s['lab.fw.closed'] : s['lab.fw.open'],
					},
					{
						label: host.dnsPublishing ? s['lab.faults.dnsOff'] : s['lab.faults.dnsOn'],
						action: { type: 'setDnsPublishing', host: host.name, enabled: !host.dnsPublishing },
						done: host.dnsPublishing ? s['lab.faults.dnsOffDone'] : s['lab.faults.dnsOnDone'],
					},
					{
						label: s['lab.faults.deleteSrv'],
						action: { type: 'deleteSrvRecord', zone, target: host.fqdn },
						done: s['lab.faults.srvDeleted'],
					},
					...(mayNotPublish
						? [
								{
									label: fill(s['lab.faults.grantSrv'], { host: host.name }),
									action: { type: 'grantSrvRecordRights', zone, host: host.name } as const,
									done: fill(s['lab.faults.srvGranted'], { host: host.name }),
									hook: 'data-lab-grant-srv' as const,
								},
							]
						: []),
					{
						label: host.updatesInstalled
							? s['lab.faults.updatesRemove']
							: s['lab.faults.updatesInstall'],
						action: { type: 'setHostUpdates', host: host.name, installed: !host.updatesInstalled },
						done: host.updatesInstalled
							? s['lab.faults.updatesRemoved']
							: s['lab.faults.updatesInstalled'],
					},
				];
	const machineChanges: Change[] =
		machine === undefined
			? []
			: [
					machine.clockOffset === 0
						? {
								label: s['lab.faults.skew'],
								action: { type: 'setClockOffset', target: machine.name, offset: '5h' },
								done: s['lab.faults.skewed'],
							}
						: {
								label: s['lab.faults.resync'],
								action: { type: 'resyncClock', target: machine.name },
								done: s['lab.faults.resynced'],
							},
					{
						label: machine.online ? s['lab.faults.offline'] : s['lab.faults.online'],
						action: { type: 'setOnline', target: machine.name, online: !machine.online },
						done: machine.online ? s['lab.offline'] : s['lab.online'],
					},
					...(gvlk !== undefined && machine.key?.kind !== 'gvlk'
						? [
								{
									label: s['lab.faults.gvlk'],
									action: { type: 'installKey', target: machine.name, key: gvlk } as const,
									done: s['lab.faults.keyDone'],
								},
							]
						: []),
					...(mak !== undefined && machine.key?.kind !== 'mak'
						? [
								{
									label: s['lab.faults.mak'],
									action: { type: 'installKey', target: machine.name, key: mak.key } as const,
									done: s['lab.faults.keyDone'],
								},
							]
						: []),
					machine.domain === null
						? {
								label: fill(s['lab.faults.join'], { domain: sim.world.domain }),
								action: { type: 'joinDomain', machine: machine.name, domain: sim.world.domain },
								done: s['lab.faults.joined'],
							}
						: {
								label: s['lab.faults.leave'],
								action: { type: 'leaveDomain', machine: machine.name },
								done: s['lab.faults.left'],
							},
					{
						label: s['lab.faults.clone'],
						action: {
							type: 'addMachines',
							prefix: 'CLONE',
							count: 5,
							product: machine.product,
							cmid: machine.cmid,
						},
						done: fill(s['lab.faults.cloned'], { name: machine.name }),
					},
				];
	const buttons = (changes: readonly Change[]) =>
		changes.map((c) => (
			<button
				key={c.label}
				type="button"
				class="lab-btn"
				onClick={() => act(c.action, c.done)}
				{...(c.hook === undefined ? {} : { [c.hook]: true })}
			>
				{c.label}
			</button>
		));
	return (
		<div class="lab-faults">
			<h3 id={`${idPrefix}-faults-h`}>{s['lab.faults.title']}</h3>
			{host !== undefined && (
				<fieldset>
					<legend>{fill(s['lab.faults.host'], { host: host.name })}</legend>
					<div class="lab-row">{buttons(hostChanges)}</div>
				</fieldset>
			)}
			{machine !== undefined && (
				<fieldset>
					<legend>{fill(s['lab.faults.machine'], { name: machine.name })}</legend>
					<div class="lab-row">{buttons(machineChanges)}</div>
				</fieldset>
			)}
			<fieldset>
				<legend>{s['lab.faults.add']}</legend>
				<div class="lab-row lab-row-wide">
					<label class="lab-field">
						<span>{s['lab.faults.count']}</span>
						<input
							type="number"
							min={1}
							max={LAB_LIMITS.maxAddCount}
							value={count}
							inputMode="numeric"
							onInput={(e) => setCount(e.currentTarget.value)}
						/>
					</label>
					<label class="lab-field">
						<span>{s['lab.faults.kind']}</span>
						<select value={String(kind)} onChange={(e) => setKind(Number(e.currentTarget.value))}>
							{ADD_KINDS.map((k, i) => (
								<option key={k.product} value={String(i)}>
									{s[k.key]}
								</option>
							))}
						</select>
					</label>
					<button type="button" class="lab-btn" onClick={addMachines}>
						{s['lab.faults.addButton']}
					</button>
				</div>
			</fieldset>
			<p role="status" class="lab-result">
				{message}
			</p>
		</div>
	);
}
