import type { WindowsEvent } from '../../engine/index.ts';
import {
	findTarget,
	ok,
	fail,
	targetName,
	type CommandHandler,
	type ShellContext,
} from '../context.ts';
import { fill } from '../messages/index.ts';
import { formatEventDataTime, formatWindowsDateTime } from '../format.ts';
import { splitArgs } from '../tokenizer.ts';
import { helpText, isHelpRequest } from './help.ts';
import { psParams } from './powershellArgs.ts';

/**
 * Get-WinEvent and `wevtutil qe` over the events the engine logged (src/data/events.ts): 12288 and
 * 12289 in the client's Application log, 12293 and 12294 (DNS publishing) in the host's
 * Application log, and only 12290 in the host's Key Management Service log. The "Info" data is
 * printed in the documented field order.
 */

type LogName = 'application' | 'kms';

/** Source of the Application log's events (12288, 12289, 12293, 12294). */
const SPP_PROVIDER = 'Microsoft-Windows-Security-SPP';
/** Source of the Key Management Service log's event (12290). */
const KMS_PROVIDER = 'Microsoft-Windows-Security-Licensing-SLC';

function logOf(id: number): LogName {
	return id === 12290 ? 'kms' : 'application';
}

function parseLogName(text: string): LogName | undefined {
	const t = text
		.trim()
		.replace(/^['"]|['"]$/g, '')
		.toLowerCase();
	if (t === 'application') return 'application';
	if (t === 'key management service') return 'kms';
	return undefined;
}

function logDisplayName(log: LogName): string {
	return log === 'application' ? 'Application' : 'Key Management Service';
}

function isWindowsEvent(e: { id: unknown }): e is WindowsEvent {
	return e.id === 12288 || e.id === 12289 || e.id === 12290 || e.id === 12293 || e.id === 12294;
}

/** The machine's events of one log, newest first. */
function eventsFor(
	ctx: ShellContext,
	log: LogName,
	ids: readonly number[] | undefined
): WindowsEvent[] {
	const self = findTarget(ctx.sim, ctx.machineName);
	if (self === undefined) return [];
	const entries = ctx.sim.events({ computer: targetName(self) }).filter(isWindowsEvent);
	return entries
		.filter((e) => logOf(e.id) === log && (ids === undefined || ids.includes(e.id)))
		.reverse();
}

function dateOf(ctx: ShellContext, minutes: number): Date {
	return new Date(Date.parse(ctx.sim.startDate) + minutes * 60_000);
}

/** The client time in the client's events, as Microsoft's sample 12288 shows it: `2010/09/29 17:52` (the 0xC004F074 article, ERR_F074 in src/data/rules.ts). */
function clientTime(ctx: ShellContext, minutes: number): string {
	return formatEventDataTime(dateOf(ctx, minutes));
}

/**
 * The client time in the host's 12290, as the same article's sample shows it: `2010/9/29 21:46`,
 * month and day without a leading zero. The sample's hour has two digits, so whether an hour before
 * 10 gets a zero is not shown; the lab writes it without one.
 */
function hostClientTime(date: Date): string {
	if (Number.isNaN(date.getTime())) return '';
	return `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()} ${date.getUTCHours()}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
}

/** The documented Info fields, in order (src/data/events.ts); 12293 has the HRESULT alone and 12294 none documented. */
function infoLine(ctx: ShellContext, e: WindowsEvent): string {
	switch (e.id) {
		case 12288:
			return [
				e.hresult,
				hex8(e.statusFlags),
				e.server,
				e.cmid,
				clientTime(ctx, e.clientTime),
				e.vm,
				e.licensingStatus,
				e.timeToExpiration,
				e.actId,
				e.nPolicy,
			].join(', ');
		case 12289:
			return [
				e.hresult,
				hex8(e.statusFlags),
				e.activated,
				0,
				e.count,
				e.activationInterval,
				e.renewalInterval,
				clientTime(ctx, e.clientTime),
			].join(', ');
		case 12290:
			return [
				e.hresult,
				e.nPolicy,
				e.clientName,
				e.cmid,
				hostClientTime(dateOf(ctx, e.clientTime)),
				e.vm,
				e.licensingStatus,
				e.timeToExpiration,
				e.actId,
			].join(',');
		case 12293:
			return e.hresult;
		case 12294:
			return '';
	}
}

/** The XML's data: the Info fields, after the domain of a publishing event (its XML has no message to carry it). */
function eventData(ctx: ShellContext, e: WindowsEvent): string[] {
	const info = infoLine(ctx, e);
	const fields = info === '' ? [] : info.split(/,\s?/);
	return e.id === 12293 || e.id === 12294 ? [e.dnsDomain, ...fields] : fields;
}

function hex8(n: number): string {
	return `0x${(n >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

function message(ctx: ShellContext, e: WindowsEvent): string {
	const m = ctx.m;
	switch (e.id) {
		case 12288:
			return `${m.ev12288}\n${m.evInfoLabel}\n${infoLine(ctx, e)}`;
		case 12289:
			return `${m.ev12289}\n${m.evInfoLabel}\n${infoLine(ctx, e)}`;
		case 12290:
			return `${m.ev12290}\n${m.evInfoLabel}\n${infoLine(ctx, e)}`;
		case 12293:
			return `${fill(m.ev12293, { DOMAIN: e.dnsDomain })}\n${m.evInfoLabel}\n${infoLine(ctx, e)}`;
		case 12294:
			return fill(m.ev12294, { DOMAIN: e.dnsDomain });
	}
}

function provider(e: WindowsEvent): string {
	return logOf(e.id) === 'application' ? SPP_PROVIDER : KMS_PROVIDER;
}

function eventDate(ctx: ShellContext, e: WindowsEvent): Date {
	// Events carry the time of the machine that logged them (its own clock).
	const self = findTarget(ctx.sim, ctx.machineName);
	const offset =
		self === undefined
			? 0
			: self.kind === 'host'
				? self.host.clockOffset
				: self.machine.clockOffset;
	return new Date(Date.parse(ctx.sim.startDate) + (e.time + offset) * 60_000);
}

/** Parses @{LogName='Application'; Id=12288,12289; ProviderName='…'}. */
function parseHashtable(text: string): { log?: string; ids?: number[] } | undefined {
	const match = /@\{([\s\S]*)\}/.exec(text);
	if (match === null) return undefined;
	const out: { log?: string; ids?: number[] } = {};
	for (const part of (match[1] as string).split(';')) {
		const eq = part.indexOf('=');
		if (eq < 0) continue;
		const key = part.slice(0, eq).trim().toLowerCase();
		const value = part.slice(eq + 1).trim();
		if (key === 'logname') out.log = value.replace(/^['"]|['"]$/g, '');
		if (key === 'id') {
			out.ids = value
				.replace(/[@()]/g, '')
				.split(',')
				.map((v) => Number.parseInt(v.trim(), 10))
				.filter((v) => Number.isFinite(v));
		}
	}
	return out;
}

export const getWinEvent: CommandHandler = (ctx, args, text, pipeTail) => {
	if (isHelpRequest(args)) return ok(helpText(ctx, 'get-winevent'));
	const m = ctx.m;
	const cmdlet = args[0] ?? 'Get-WinEvent';
	let log: string | undefined;
	let ids: number[] | undefined;
	let max: number | undefined;
	const hashtable = parseHashtable(text);
	if (hashtable !== undefined) {
		log = hashtable.log;
		ids = hashtable.ids;
		const rest = text.replace(/-filterhashtable\s*/i, '').replace(/@\{[\s\S]*\}/, '');
		const parsed = psParams(
			splitArgs(rest, { singleQuotes: true }).slice(1),
			['filterhashtable', 'maxevents', 'oldest'],
			[],
			[]
		);
		const maxText = parsed.values.get('maxevents');
		if (maxText !== undefined) max = Number.parseInt(maxText, 10);
	} else {
		const parsed = psParams(
			splitArgs(text, { singleQuotes: true }).slice(1),
			['logname', 'maxevents', 'providername', 'filterxpath'],
			['logname'],
			['oldest']
		);
		if (parsed.unknown !== undefined)
			return fail(`${fill(m.psUnknownParam, { CMDLET: cmdlet, PARAM: parsed.unknown })}\n`);
		log = parsed.values.get('logname');
		const maxText = parsed.values.get('maxevents');
		if (maxText !== undefined) max = Number.parseInt(maxText, 10);
		const xpath = parsed.values.get('filterxpath');
		if (xpath !== undefined)
			ids = [...xpath.matchAll(/EventID\s*=\s*(\d+)/gi)].map((x) => Number(x[1]));
		if (parsed.values.has('providername') && log === undefined) log = 'Application';
	}
	if (log === undefined)
		return fail(`${fill(m.psParamMissing, { CMDLET: cmdlet, PARAM: 'LogName' })}\n`);
	const logName = parseLogName(log);
	if (logName === undefined) return fail(`${fill(m.evLogNotFound, { LOG: log })}\n`);
	let events = eventsFor(ctx, logName, ids !== undefined && ids.length > 0 ? ids : undefined);
	if (max !== undefined && Number.isFinite(max) && max > 0) events = events.slice(0, max);
	if (events.length === 0) return fail(`${m.evNoEvents}\n`);
	const asList = pipeTail.some((p) => /^\s*(format-list|fl)\b/i.test(p));
	// Stop formatting once the output is past the 64 kB bound: the rest would be cut anyway.
	events = withinBudget(events, 100);
	if (asList) {
		const blocks = events.map((e) => {
			const msg = message(ctx, e).split('\n');
			const rows = [
				`TimeCreated  : ${formatWindowsDateTime(eventDate(ctx, e), ctx.lang)}`,
				`ProviderName : ${provider(e)}`,
				`Id           : ${e.id}`,
				`Message      : ${msg[0] ?? ''}`,
				...msg.slice(1).map((line) => `               ${line}`),
			];
			return rows.join('\n');
		});
		return ok(`\n\n${blocks.join('\n\n')}\n\n\n`);
	}
	// Table view, grouped by provider like PowerShell's default formatting.
	const lines: string[] = [];
	let currentProvider = '';
	for (const e of events) {
		if (provider(e) !== currentProvider) {
			currentProvider = provider(e);
			lines.push(
				'',
				fill(m.evProviderLine, { PROVIDER: currentProvider }),
				'',
				m.evHeader,
				m.evRule
			);
		}
		const time = formatWindowsDateTime(eventDate(ctx, e), ctx.lang).padEnd(26);
		const first = (message(ctx, e).split('\n')[0] ?? '').replace(/\.$/, '...');
		lines.push(`${time}${String(e.id).padStart(8)} ${m.evInfo.padEnd(16)} ${first}`);
	}
	lines.push('', '');
	return ok(`${lines.join('\n')}\n`);
};

export const wevtutil: CommandHandler = (ctx, args) => {
	if (isHelpRequest(args) || args.length < 2) return ok(helpText(ctx, 'wevtutil'));
	const m = ctx.m;
	const verb = (args[1] as string).toLowerCase();
	if (verb !== 'qe' && verb !== 'query-events') return fail(helpText(ctx, 'wevtutil'));
	const logText = args[2];
	if (logText === undefined) return fail(helpText(ctx, 'wevtutil'));
	const log = parseLogName(logText);
	if (log === undefined) return fail(`${m.wevtNoLog}\n`, 15007);
	let ids: number[] | undefined;
	let count: number | undefined;
	let newestFirst = false;
	let asText = false;
	for (const raw of args.slice(3)) {
		const a = raw.replace(/^-/, '/');
		const lower = a.toLowerCase();
		if (lower.startsWith('/q:') || lower.startsWith('/query:'))
			ids = [...a.matchAll(/EventID\s*=\s*(\d+)/gi)].map((x) => Number(x[1]));
		else if (lower.startsWith('/c:') || lower.startsWith('/count:'))
			count = Number.parseInt(a.slice(a.indexOf(':') + 1), 10);
		else if (lower.startsWith('/rd:') || lower.startsWith('/reversedirection:'))
			newestFirst = lower.endsWith('true');
		else if (lower.startsWith('/f:') || lower.startsWith('/format:'))
			asText = lower.endsWith('text');
	}
	let events = eventsFor(ctx, log, ids !== undefined && ids.length > 0 ? ids : undefined);
	if (!newestFirst) events = events.reverse();
	if (count !== undefined && Number.isFinite(count) && count >= 0) events = events.slice(0, count);
	events = withinBudget(events, 300);
	const self = findTarget(ctx.sim, ctx.machineName);
	const computer =
		self === undefined
			? ctx.machineName
			: `${targetName(self)}${self.kind === 'host' ? `.${self.host.domain}` : self.machine.domain !== null ? `.${self.machine.domain}` : ''}`;
	if (asText) {
		const blocks = events.map((e, i) =>
			[
				`Event[${i}]:`,
				`  ${m.wevtLogName}: ${logDisplayName(log)}`,
				`  ${m.wevtSource}: ${provider(e)}`,
				`  ${m.wevtDate}: ${eventDate(ctx, e).toISOString().replace('Z', '')}`,
				`  ${m.wevtEventId}: ${e.id}`,
				'  Task: N/A',
				`  ${m.wevtLevel}: ${m.evInfo}`,
				'  Opcode: N/A',
				'  Keyword: Classic',
				'  User: N/A',
				'  User Name: N/A',
				`  ${m.wevtComputer}: ${computer}`,
				`  ${m.wevtDescription}: `,
				message(ctx, e),
			].join('\n')
		);
		return ok(blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n\n`);
	}
	const xml = events.map((e) => {
		const data = eventData(ctx, e)
			.map((d) => `<Data>${escapeXml(d)}</Data>`)
			.join('');
		return `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='${provider(e)}'/><EventID Qualifiers='16384'>${e.id}</EventID><Level>4</Level><TimeCreated SystemTime='${eventDate(ctx, e).toISOString()}'/><Channel>${logDisplayName(log)}</Channel><Computer>${escapeXml(computer)}</Computer></System><EventData>${data}</EventData></Event>`;
	});
	return ok(xml.length === 0 ? '' : `${xml.join('\n')}\n`);
};

/**
 * At most as many events as can fit in the 64 kB output (each takes well over `minBytes`), so a
 * long log is not formatted only to be cut.
 */
function withinBudget<T>(events: T[], minBytes: number): T[] {
	const most = Math.ceil((64 * 1024) / minBytes) + 1;
	return events.length > most ? events.slice(0, most) : events;
}

function escapeXml(s: string): string {
	return s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/'/g, '&apos;');
}
