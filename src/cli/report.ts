import { LICENSE_STATUS_TEXT } from '../data/licenseStatus.ts';
import { dateAt, dayOf, formatDuration, type LogEntry, type Simulation } from '../engine/index.ts';
import { escapeControls } from './escape.ts';
import type { CliLang, CliMessages } from './messages.ts';

/** What a run prints: the machine and host tables (or the same data as JSON), and the event log on request. */

export interface ReportOptions {
	json: boolean;
	events: boolean;
	lang: CliLang;
}

const WIDE =
	/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Terminal columns of a cell as it will be printed (wide characters take two, control characters their escape). */
function widthOf(text: string): number {
	let w = 0;
	for (const ch of escapeControls(text)) w += WIDE.test(ch) ? 2 : 1;
	return w;
}

function pad(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - widthOf(text)));
}

function table(rows: string[][]): string {
	const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => widthOf(r[c] ?? ''))));
	return rows
		.map((r) =>
			r
				.map((cell, c) => (c === r.length - 1 ? cell : pad(cell, (widths[c] ?? 0) + 2)))
				.join('')
				.trimEnd()
		)
		.join('\n');
}

function minute(startDate: string, t: number): string {
	return dateAt(startDate, t).slice(0, 16).replace('T', ' ');
}

function describeEvent(e: LogEntry): string {
	switch (e.id) {
		case 12288:
			return `${e.hresult} server=${e.server} cmid=${e.cmid} vm=${e.vm} status=${e.licensingStatus} left=${e.timeToExpiration} n-policy=${e.nPolicy}`;
		case 12289:
			return `${e.hresult} activated=${e.activated} count=${e.count} activation=${e.activationInterval} renewal=${e.renewalInterval}`;
		case 12290:
			return `${e.hresult} client=${e.clientName} cmid=${e.cmid} n-policy=${e.nPolicy} status=${e.licensingStatus}`;
		case 12293:
			return `${e.hresult} domain=${e.dnsDomain}`;
		case 12294:
			return `domain=${e.dnsDomain}`;
		default:
			return [
				e.kind,
				e.from !== undefined ? `${e.from}→${e.to}` : '',
				e.result ?? '',
				e.method ?? '',
				e.detail ?? '',
			]
				.filter(Boolean)
				.join(' ');
	}
}

export function report(sim: Simulation, opts: ReportOptions, m: CliMessages): string {
	const lang = opts.lang;
	const machines = sim.machines().map((x) => ({
		name: x.name,
		product: x.product,
		status: x.status,
		statusText: LICENSE_STATUS_TEXT[x.status][lang],
		lastResult: x.lastResult,
		expiresAt: x.expiresAt === null ? null : dateAt(sim.startDate, x.expiresAt),
		activatedBy: x.activatedBy,
	}));
	const hosts = sim.hosts().map((h) => ({
		name: h.name,
		currentCount: sim.hostCount(h.name),
		cacheSize: sim.hostCacheSize(h.name),
		counters: h.counters,
	}));
	const totals = sim.eventTotals();
	if (opts.json) {
		return JSON.stringify(
			{
				scenario: sim.scenario.id ?? null,
				now: sim.now,
				date: dateAt(sim.startDate, sim.now),
				machines,
				hosts,
				...(opts.events
					? { events: sim.events(), eventTotals: totals.totals, droppedEvents: totals.dropped }
					: {}),
			},
			null,
			2
		);
	}
	const r = m.report;
	const out: string[] = [];
	if (sim.scenario.id !== undefined) out.push(sim.scenario.id);
	out.push(
		`${r.at}: ${minute(sim.startDate, sim.now)} (${r.day(dayOf(sim.now))}, +${formatDuration(sim.now)})`,
		''
	);
	const rows: string[][] = [[r.machine, r.status, r.result, r.expiry]];
	for (const x of machines) {
		const expiry = x.expiresAt
			? x.expiresAt.slice(0, 16).replace('T', ' ')
			: x.status === 1
				? r.permanent
				: r.none;
		rows.push([x.name, x.statusText, x.lastResult ?? r.none, expiry]);
	}
	out.push(table(rows));
	if (hosts.length) {
		const hostRows: string[][] = [[r.host, r.count, r.total, r.failed]];
		for (const h of hosts)
			hostRows.push([
				h.name,
				String(h.currentCount),
				String(h.counters.total),
				String(h.counters.failed),
			]);
		out.push('', table(hostRows));
	}
	if (opts.events) {
		out.push('', `${r.events}:`);
		for (const e of sim.events())
			out.push(
				`${minute(sim.startDate, e.time)}  ${pad(e.computer || '-', 8)} ${pad(String(e.id), 6)} ${describeEvent(e)}`
			);
		if (totals.dropped) out.push(`(${r.dropped(totals.dropped)})`);
	}
	return out.join('\n');
}
