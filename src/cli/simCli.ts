import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	LICENSE_STATUS_TEXT,
	SimulationInputError,
	createSimulation,
	dateAt,
	dayOf,
	formatDuration,
	parseDuration,
	type LogEntry,
	type Simulation,
} from '../engine/index.ts';
// --exec (command line emulation) lives in src/shell; this file only passes the values through.
import { formatExecResults, runExecList } from '../shell/exec.ts';

/**
 * `npm run sim -- <scenario file | preset name> [--until <duration>] [--json] [--events] [--lang ja|en]`
 * Runs a scenario and prints the machines' license state and each host's current count.
 * Exit codes: 0 ok, 2 bad arguments or bad scenario.
 */

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

type Lang = 'ja' | 'en';

const TEXT = {
	usage: {
		en: 'Usage: npm run sim -- <scenario.json | preset> [--until 200d|36h|90m] [--json] [--events] [--lang ja|en] [--exec "PC001: slmgr /dli"]...\nPresets: ',
		ja: '使い方: npm run sim -- <シナリオ.json | プリセット名> [--until 200d|36h|90m] [--json] [--events] [--lang ja|en] [--exec "PC001: slmgr /dli"]...\nプリセット: ',
	},
	machine: { en: 'Machine', ja: 'コンピューター' },
	status: { en: 'License Status', ja: 'ライセンスの状態' },
	result: { en: 'Last result', ja: '最後の結果' },
	expiry: { en: 'Expires (UTC)', ja: '有効期限 (UTC)' },
	host: { en: 'KMS host', ja: 'KMS ホスト' },
	count: { en: 'Current count', ja: '現在の数' },
	failed: { en: 'Failed requests', ja: '失敗した要求' },
	total: { en: 'Total requests', ja: '要求の合計' },
	at: { en: 'Simulated time', ja: 'シミュレーション時刻' },
	day: { en: 'day', ja: '日目' },
	events: { en: 'Event log', ja: 'イベント ログ' },
	dropped: { en: 'older entries not kept', ja: '件の古いエントリは保持されていません' },
	none: { en: '—', ja: '—' },
	permanent: { en: 'does not expire', ja: '期限なし' },
} as const;

const PRESET_DIR = fileURLToPath(new URL('../../content/scenarios/', import.meta.url));

function presetNames(): string[] {
	return ['threshold', 'server-threshold', 'renewal', 'laptop-away', 'dns-missing', 'firewall', 'clock-skew', 'old-host-key', 'cloned-image', 'mak', 'adba', 'two-hosts'];
}

interface Options {
	source: string;
	until: number | undefined;
	json: boolean;
	events: boolean;
	lang: Lang;
	/** `--exec "<MACHINE>: <command line>"`, in order (see src/shell/exec.ts). */
	exec: string[];
}

function parseArgs(argv: readonly string[]): Options | string {
	let source: string | undefined;
	let until: number | undefined;
	let json = false;
	let events = false;
	let lang: Lang = 'ja';
	const exec: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i] as string;
		if (a === '--json') json = true;
		else if (a === '--events') events = true;
		else if (a === '--exec') {
			const v = argv[i + 1];
			if (v === undefined) return '--exec needs a value like "PC001: slmgr /dli"';
			exec.push(v);
			i++;
		} else if (a === '--until' || a === '--lang') {
			const v = argv[i + 1];
			if (v === undefined) return `${a} needs a value`;
			i++;
			if (a === '--lang') {
				if (v !== 'ja' && v !== 'en') return `--lang must be ja or en (got "${v}")`;
				lang = v;
			} else {
				const m = parseDuration(v);
				if (m === undefined || m < 0) return `--until expects a duration like 200d, 36h or 90m (got "${v}")`;
				until = m;
			}
		} else if (a.startsWith('--')) return `unknown option ${a}`;
		else if (source === undefined) source = a;
		else return `unexpected argument "${a}" (only one scenario)`;
	}
	if (source === undefined) return 'no scenario given';
	return { source, until, json, events, lang, exec };
}

function loadScenario(source: string): unknown {
	const isFile = source.endsWith('.json') || source.includes('/') || source.includes('\\');
	const path = isFile ? source : `${PRESET_DIR}${source}.json`;
	if (!isFile && !presetNames().includes(source)) throw new Error(`unknown preset "${source}"`);
	if (!existsSync(path)) throw new Error(`file not found: ${source}`);
	const text = readFileSync(path, 'utf8');
	try {
		return JSON.parse(text) as unknown;
	} catch (err) {
		throw new Error(`${source} is not valid JSON: ${(err as Error).message}`);
	}
}

function pad(text: string, width: number): string {
	// East Asian wide characters take two columns in a terminal.
	let w = 0;
	for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
	return text + ' '.repeat(Math.max(0, width - w));
}

function widthOf(text: string): number {
	return pad(text, 0).length + [...text].filter((ch) => /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)).length;
}

function table(rows: string[][]): string {
	const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => widthOf(r[c] ?? ''))));
	return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : pad(cell, (widths[c] ?? 0) + 2))).join('').trimEnd()).join('\n');
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
		default:
			return [e.kind, e.from !== undefined ? `${e.from}→${e.to}` : '', e.result ?? '', e.method ?? '', e.detail ?? ''].filter(Boolean).join(' ');
	}
}

function report(sim: Simulation, opts: Options): string {
	const lang = opts.lang;
	const machines = sim.machines().map((m) => ({
		name: m.name,
		product: m.product,
		status: m.status,
		statusText: LICENSE_STATUS_TEXT[m.status][lang],
		lastResult: m.lastResult,
		expiresAt: m.expiresAt === null ? null : dateAt(sim.startDate, m.expiresAt),
		activatedBy: m.activatedBy,
	}));
	const hosts = sim.hosts().map((h) => ({ name: h.name, currentCount: sim.hostCount(h.name), cacheSize: sim.hostCacheSize(h.name), counters: h.counters }));
	const totals = sim.eventTotals();
	if (opts.json) {
		return JSON.stringify(
			{
				scenario: sim.scenario.id ?? null,
				now: sim.now,
				date: dateAt(sim.startDate, sim.now),
				machines,
				hosts,
				...(opts.events ? { events: sim.events(), eventTotals: totals.totals, droppedEvents: totals.dropped } : {}),
			},
			null,
			2,
		);
	}
	const out: string[] = [];
	out.push(`${TEXT.at[lang]}: ${dateAt(sim.startDate, sim.now).slice(0, 16).replace('T', ' ')} (${lang === 'ja' ? `${dayOf(sim.now)} ${TEXT.day.ja}` : `${TEXT.day.en} ${dayOf(sim.now)}`}, +${formatDuration(sim.now)})`);
	out.push('');
	const rows: string[][] = [[TEXT.machine[lang], TEXT.status[lang], TEXT.result[lang], TEXT.expiry[lang]]];
	for (const m of machines) {
		const expiry = m.expiresAt ? m.expiresAt.slice(0, 16).replace('T', ' ') : m.status === 1 ? TEXT.permanent[lang] : TEXT.none[lang];
		rows.push([m.name, m.statusText, m.lastResult ?? TEXT.none[lang], expiry]);
	}
	out.push(table(rows));
	if (hosts.length) {
		out.push('');
		const hostRows: string[][] = [[TEXT.host[lang], TEXT.count[lang], TEXT.total[lang], TEXT.failed[lang]]];
		for (const h of hosts) hostRows.push([h.name, String(h.currentCount), String(h.counters.total), String(h.counters.failed)]);
		out.push(table(hostRows));
	}
	if (opts.events) {
		out.push('', `${TEXT.events[lang]}:`);
		for (const e of sim.events()) out.push(`${dateAt(sim.startDate, e.time).slice(0, 16).replace('T', ' ')}  ${pad(e.computer || '-', 8)} ${pad(String(e.id), 6)} ${describeEvent(e)}`);
		if (totals.dropped) out.push(`(${totals.dropped} ${TEXT.dropped[lang]})`);
	}
	return out.join('\n');
}

/** Runs the CLI on arguments (without `node sim.ts`); never throws. */
export function runCli(argv: readonly string[]): CliResult {
	const langGuess: Lang = argv.includes('en') && argv[argv.indexOf('en') - 1] === '--lang' ? 'en' : 'ja';
	const usage = TEXT.usage[langGuess] + presetNames().join(', ');
	if (argv.includes('--help') || argv.includes('-h')) return { code: 0, stdout: `${usage}\n`, stderr: '' };
	const opts = parseArgs(argv);
	if (typeof opts === 'string') return { code: 2, stdout: '', stderr: `sim: ${opts}\n${usage}\n` };
	let scenario: unknown;
	try {
		scenario = loadScenario(opts.source);
	} catch (err) {
		return { code: 2, stdout: '', stderr: `sim: ${(err as Error).message}\n${usage}\n` };
	}
	let sim: Simulation;
	try {
		sim = createSimulation(scenario);
	} catch (err) {
		if (err instanceof SimulationInputError) return { code: 2, stdout: '', stderr: `sim: ${opts.source}: invalid scenario\n${err.problems.map((p) => `  ${p}`).join('\n')}\n` };
		return { code: 2, stdout: '', stderr: `sim: ${String(err)}\n` };
	}
	const until = opts.until ?? (typeof sim.scenario.until === 'string' ? parseDuration(sim.scenario.until) : undefined) ?? 30 * 1440;
	sim.advanceTo(until);
	if (opts.exec.length > 0) {
		// With --exec, print each command's output (the commands change the world in order).
		const results = runExecList(sim, opts.exec, opts.lang);
		return { code: results.every((r) => r.ok) ? 0 : 2, stdout: formatExecResults(results), stderr: '' };
	}
	return { code: 0, stdout: `${report(sim, opts)}\n`, stderr: '' };
}
