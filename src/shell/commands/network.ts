import {
	findTarget,
	ok,
	fail,
	targetDnsSuffix,
	targetName,
	type CommandHandler,
	type ShellContext,
	type ShellTarget,
} from '../context.ts';
import { fill } from '../messages/index.ts';
import { displayWidth, formatList } from '../format.ts';
import { splitArgs } from '../tokenizer.ts';
import { hashString } from './windowsInfo.ts';
import { helpText, isHelpRequest } from './help.ts';
import { psParams } from './powershellArgs.ts';

/**
 * nslookup, ipconfig and Test-NetConnection over the simulated network. The engine models KMS
 * hosts' addresses and DNS zones; client addresses, the DNS server address and adapter details
 * are simulated here (stable per machine) because Windows prints them.
 */

/** The lab's DNS server. Its name does not resolve (no reverse zone), so nslookup shows "UnKnown". */
export const DNS_SERVER_ADDRESS = '10.0.0.2';
const GATEWAY = '10.0.0.1';

/** Simulated IPv4 address of a client machine (hosts have theirs in the engine). */
export function clientAddress(ctx: ShellContext, name: string): string {
	const index = ctx.sim.world.machines.findIndex(
		(mc) => mc.name.toLowerCase() === name.toLowerCase()
	);
	const n = Math.max(0, index);
	return `10.0.${1 + Math.floor(n / 250)}.${10 + (n % 250)}`;
}

export function targetAddress(ctx: ShellContext, t: ShellTarget): string {
	return t.kind === 'host' ? t.host.address : clientAddress(ctx, t.machine.name);
}

function isOnline(t: ShellTarget): boolean {
	return t.kind === 'host' ? t.host.online : t.machine.online;
}

/** Resolves a name the way the prompt's machine would: exact FQDN, or the name plus its DNS suffix. */
export function resolveName(
	ctx: ShellContext,
	from: ShellTarget,
	typed: string
): { target: ShellTarget; fqdn: string; address: string } | undefined {
	const name = typed.replace(/\.$/, '').toLowerCase();
	if (name === '') return undefined;
	if (name === 'localhost') return { target: from, fqdn: targetName(from), address: '127.0.0.1' };
	const suffix = targetDnsSuffix(from);
	const candidates =
		typed.endsWith('.') || suffix === null ? [name] : [name, `${name}.${suffix.toLowerCase()}`];
	for (const h of ctx.sim.world.hosts) {
		if (h.removed) continue;
		if (
			h.address === name ||
			candidates.includes(h.fqdn.toLowerCase()) ||
			(!name.includes('.') && h.name.toLowerCase() === name)
		) {
			return { target: { kind: 'host', host: h }, fqdn: h.fqdn, address: h.address };
		}
	}
	for (const mc of ctx.sim.world.machines) {
		if (mc.removed) continue;
		const own = mc.dnsSuffix ?? mc.domain;
		const fqdn = own === null ? mc.name : `${mc.name}.${own}`;
		const address = clientAddress(ctx, mc.name);
		if (
			address === name ||
			candidates.includes(fqdn.toLowerCase()) ||
			(!name.includes('.') && mc.name.toLowerCase() === name && own === suffix)
		) {
			return { target: { kind: 'client', machine: mc }, fqdn, address };
		}
	}
	return undefined;
}

// ------------------------------------------------------------------ nslookup

export const nslookup: CommandHandler = (ctx, args) => {
	if (isHelpRequest(args)) return ok(helpText(ctx, 'nslookup'));
	const self = findTarget(ctx.sim, ctx.machineName);
	if (self === undefined) return fail('');
	const m = ctx.m;
	let type = 'a';
	const names: string[] = [];
	for (const a of args.slice(1)) {
		const opt = /^-(?:type|q|querytype)=(.*)$/i.exec(a);
		if (opt !== null) type = (opt[1] ?? '').toLowerCase();
		else if (a.startsWith('-')) continue;
		else names.push(a);
	}
	const server = fill(m.nsServer, { NAME: m.nsUnknownServer });
	const address = fill(m.nsAddress, { ADDR: DNS_SERVER_ADDRESS });
	const query = names[0];
	if (query === undefined) {
		// Interactive mode is not available in the lab: show the default server, as nslookup does first.
		return ok(
			`${m.nsDefault}${server}\n${address}\n\n${fill(m.labNote, { TEXT: m.nsInteractiveNote })}\n`
		);
	}
	if (!isOnline(self)) {
		return fail(
			`${m.nsTimeout}\n${server}\n${address}\n\n${m.nsTimeout}\n${fill(m.nsRequestTimedOut, { SERVER: m.nsUnknownServer })}\n`
		);
	}
	const header = `${server}\n${address}\n\n`;
	const cantFind = `${fill(m.nsCantFind, { SERVER: m.nsUnknownServer, NAME: query })}\n`;
	const suffix = targetDnsSuffix(self);
	const candidates =
		query.endsWith('.') || suffix === null
			? [query.replace(/\.$/, '')]
			: [`${query}.${suffix}`, query];

	if (type === 'srv' || type === 'all' || type === 'any') {
		for (const candidate of candidates) {
			const match = /^_vlmcs\._tcp\.(.+)$/i.exec(candidate);
			if (match === null) continue;
			const zone = ctx.sim.zone(match[1] as string);
			if (zone === undefined || zone.records.length === 0) continue;
			const lines: string[] = [];
			const fqdn = `_vlmcs._tcp.${zone.name}`;
			for (const r of zone.records) {
				lines.push(fill(m.nsSrv, { NAME: fqdn }));
				lines.push(`\t  priority       = ${r.priority}`);
				lines.push(`\t  weight         = ${r.weight}`);
				lines.push(`\t  port           = ${r.port}`);
				lines.push(`\t  svr hostname   = ${r.target}`);
			}
			for (const r of zone.records) {
				const resolved = resolveName(ctx, self, `${r.target}.`);
				if (resolved !== undefined)
					lines.push(fill(m.nsInternet, { NAME: r.target, ADDR: resolved.address }));
			}
			return ok(`${header}${lines.join('\n')}\n`);
		}
		return fail(header + cantFind);
	}
	if (type === 'a' || type === 'aaaa' || type === 'cname') {
		if (/^\d+\.\d+\.\d+\.\d+$/.test(query)) return fail(header + cantFind);
		const resolved = resolveName(ctx, self, query);
		if (resolved === undefined) return fail(header + cantFind);
		if (type !== 'a') return ok(`${header}${resolved.fqdn}\n`);
		return ok(
			`${header}${fill(m.nsName, { NAME: resolved.fqdn })}\n${fill(m.nsAddress, { ADDR: resolved.address })}\n\n`
		);
	}
	return fail(header + cantFind);
};

// ------------------------------------------------------------------ ipconfig

/** English ipconfig labels exactly as Windows pads them. */
const EN_LABELS: Readonly<Record<string, string>> = {
	ipHostName: 'Host Name . . . . . . . . . . . . ',
	ipPrimarySuffix: 'Primary Dns Suffix  . . . . . . . ',
	ipNodeType: 'Node Type . . . . . . . . . . . . ',
	ipRouting: 'IP Routing Enabled. . . . . . . . ',
	ipWins: 'WINS Proxy Enabled. . . . . . . . ',
	ipSearchList: 'DNS Suffix Search List. . . . . . ',
	ipConnSuffix: 'Connection-specific DNS Suffix  . ',
	ipDescription: 'Description . . . . . . . . . . . ',
	ipPhysical: 'Physical Address. . . . . . . . . ',
	ipDhcp: 'DHCP Enabled. . . . . . . . . . . ',
	ipAutoconf: 'Autoconfiguration Enabled . . . . ',
	ipIpv4: 'IPv4 Address. . . . . . . . . . . ',
	ipMask: 'Subnet Mask . . . . . . . . . . . ',
	ipGateway: 'Default Gateway . . . . . . . . . ',
	ipDnsServers: 'DNS Servers . . . . . . . . . . . ',
	ipNetbios: 'NetBIOS over Tcpip. . . . . . . . ',
};

type IpLabel =
	| 'ipHostName'
	| 'ipPrimarySuffix'
	| 'ipNodeType'
	| 'ipRouting'
	| 'ipWins'
	| 'ipSearchList'
	| 'ipConnSuffix'
	| 'ipDescription'
	| 'ipPhysical'
	| 'ipDhcp'
	| 'ipAutoconf'
	| 'ipIpv4'
	| 'ipMask'
	| 'ipGateway'
	| 'ipDnsServers'
	| 'ipNetbios';

function ipLine(ctx: ShellContext, key: IpLabel, value: string): string {
	if (ctx.lang === 'en') return `   ${EN_LABELS[key] ?? ''}: ${value}`;
	// Japanese ipconfig pads with ". " to a fixed column, counting wide characters twice.
	let label = `   ${ctx.m[key]}`;
	if (displayWidth(label) % 2 === 0) label += ' ';
	while (displayWidth(label) < 39) label += '. ';
	return `${label.trimEnd()}: ${value}`;
}

export const ipconfig: CommandHandler = (ctx, args) => {
	if (isHelpRequest(args)) return ok(helpText(ctx, 'ipconfig'));
	const self = findTarget(ctx.sim, ctx.machineName);
	if (self === undefined) return fail('');
	const m = ctx.m;
	const all = args.slice(1).some((a) => a.toLowerCase() === '/all' || a.toLowerCase() === '-all');
	const unknown = args
		.slice(1)
		.find((a) => a.toLowerCase() !== '/all' && a.toLowerCase() !== '-all');
	if (unknown !== undefined) return fail(helpText(ctx, 'ipconfig'));
	const suffix = targetDnsSuffix(self) ?? '';
	const address = targetAddress(ctx, self);
	const mac = hashString(targetName(self)).toString(16).toUpperCase().padStart(8, '0');
	const physical = `00-15-5D-${mac.slice(0, 2)}-${mac.slice(2, 4)}-${mac.slice(4, 6)}`;
	const lines: string[] = ['', m.ipTitle, ''];
	if (all) {
		lines.push(
			ipLine(ctx, 'ipHostName', targetName(self)),
			ipLine(ctx, 'ipPrimarySuffix', suffix),
			ipLine(ctx, 'ipNodeType', m.ipNodeHybrid),
			ipLine(ctx, 'ipRouting', m.no),
			ipLine(ctx, 'ipWins', m.no)
		);
		if (suffix !== '') lines.push(ipLine(ctx, 'ipSearchList', suffix));
		lines.push('');
	} else {
		lines.push('');
	}
	lines.push(m.ipAdapter, '');
	if (!isOnline(self)) {
		lines.push(`   ${m.ipMediaDisconnected}`);
		lines.push(ipLine(ctx, 'ipConnSuffix', ''));
		if (all)
			lines.push(
				ipLine(ctx, 'ipDescription', m.ipDescriptionValue),
				ipLine(ctx, 'ipPhysical', physical)
			);
		lines.push('');
		return ok(lines.join('\n'));
	}
	lines.push(ipLine(ctx, 'ipConnSuffix', ''));
	if (all) {
		lines.push(
			ipLine(ctx, 'ipDescription', m.ipDescriptionValue),
			ipLine(ctx, 'ipPhysical', physical),
			ipLine(ctx, 'ipDhcp', m.no),
			ipLine(ctx, 'ipAutoconf', m.yes),
			ipLine(ctx, 'ipIpv4', `${address}${m.ipPreferred}`)
		);
	} else {
		lines.push(ipLine(ctx, 'ipIpv4', address));
	}
	lines.push(ipLine(ctx, 'ipMask', '255.255.0.0'), ipLine(ctx, 'ipGateway', GATEWAY));
	if (all)
		lines.push(
			ipLine(ctx, 'ipDnsServers', DNS_SERVER_ADDRESS),
			ipLine(ctx, 'ipNetbios', m.ipEnabled)
		);
	lines.push('');
	return ok(lines.join('\n'));
};

// ------------------------------------------------------------------ Test-NetConnection

export const testNetConnection: CommandHandler = (ctx, args, text) => {
	if (isHelpRequest(args)) return ok(helpText(ctx, 'test-netconnection'));
	const self = findTarget(ctx.sim, ctx.machineName);
	if (self === undefined) return fail('');
	const m = ctx.m;
	const cmdlet = args[0] ?? 'Test-NetConnection';
	const parsed = psParams(
		splitArgs(text, { singleQuotes: true }).slice(1),
		['computername', 'port', 'commontcpport', 'informationlevel', 'remoteaddress', 'cn'],
		['computername']
	);
	if (parsed.unknown !== undefined)
		return fail(`${fill(m.psUnknownParam, { CMDLET: cmdlet, PARAM: parsed.unknown })}\n`);
	const computer =
		parsed.values.get('computername') ??
		parsed.values.get('cn') ??
		parsed.values.get('remoteaddress') ??
		'internetbeacon.msedge.net';
	const portText =
		parsed.values.get('port') ??
		(parsed.values.get('commontcpport')?.toLowerCase() === 'rdp' ? '3389' : undefined);
	const port = portText === undefined ? undefined : Number(portText);
	if (
		portText !== undefined &&
		(port === undefined || !Number.isInteger(port) || port < 0 || port > 65535)
	) {
		return fail(`${fill(m.tncBadPort, { CMDLET: cmdlet })}\n`);
	}
	const source = targetAddress(ctx, self);
	const resolved = isOnline(self) ? resolveName(ctx, self, computer) : undefined;
	if (resolved === undefined) {
		const rows: [string, string][] = [
			['ComputerName', computer],
			['RemoteAddress', ''],
			['InterfaceAlias', ''],
			['SourceAddress', ''],
			['PingSucceeded', 'False'],
		];
		return fail(
			`${fill(m.tncNameFailed, { NAME: computer })}\n\n${formatList(rows).replace(/ +$/gm, '')}\n\n`
		);
	}
	const remote = resolved.target;
	const sameMachine = targetName(remote).toLowerCase() === targetName(self).toLowerCase();
	const pingOk = sameMachine || (isOnline(self) && isOnline(remote));
	if (port === undefined) {
		const rows: [string, string][] = [
			['ComputerName', computer],
			['RemoteAddress', resolved.address],
			['InterfaceAlias', 'Ethernet'],
			['SourceAddress', source],
			['PingSucceeded', pingOk ? 'True' : 'False'],
		];
		if (pingOk) rows.push(['PingReplyDetails (RTT)', '0 ms']);
		return ok(`\n${formatList(rows)}\n\n`);
	}
	let tcpOk = false;
	if (remote.kind === 'host') {
		const h = remote.host;
		// The same rule the engine applies to a KMS request: reachable, service running, KMS enabled,
		// firewall rule open (not needed from the host itself), and the port the service listens on.
		tcpOk =
			pingOk &&
			h.serviceRunning &&
			h.hostKey !== null &&
			h.port === port &&
			(sameMachine || h.firewallOpen);
	}
	if (tcpOk) {
		const rows: [string, string][] = [
			['ComputerName', computer],
			['RemoteAddress', resolved.address],
			['RemotePort', String(port)],
			['InterfaceAlias', 'Ethernet'],
			['SourceAddress', source],
			['TcpTestSucceeded', 'True'],
		];
		return ok(`\n${formatList(rows)}\n\n`);
	}
	const warnings = [fill(m.tncTcpFailed, { ADDR: resolved.address, PORT: port })];
	if (!pingOk) warnings.push(fill(m.tncPingFailed, { ADDR: resolved.address }));
	const rows: [string, string][] = [
		['ComputerName', computer],
		['RemoteAddress', resolved.address],
		['RemotePort', String(port)],
		['InterfaceAlias', 'Ethernet'],
		['SourceAddress', source],
		['PingSucceeded', pingOk ? 'True' : 'False'],
	];
	if (pingOk) rows.push(['PingReplyDetails (RTT)', '0 ms']);
	rows.push(['TcpTestSucceeded', 'False']);
	return ok(`${warnings.join('\n')}\n\n\n${formatList(rows)}\n\n`);
};
