import type { Diagnosis } from '../tools/diagnose/index.ts';
import { diagnose } from '../tools/diagnose/index.ts';
import { anchorId } from '../tools/anchor.ts';
import {
	causeText,
	diagnoseWords,
	fillWords,
	type DiagnoseLang,
	type DiagnoseWords,
} from '../i18n/diagnose/index.ts';
import { LICENSE_STATUS_TEXT } from '../data/licenseStatus.ts';
import { escapeControls } from './escape.ts';

/**
 * `npm run diagnose -- [--lang ja|en] [--json] < file`: reads pasted Windows output from standard
 * input (pastes separated by a line of =====), prints the diagnosis as text or JSON. Exit 0 when
 * a diagnosis was printed (whatever it found), 2 on bad usage or no input. Errors go to stderr in
 * the --lang language; control characters are escaped in both streams.
 */

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
/** Bytes read from standard input: sixteen full pastes. */
export const MAX_STDIN_BYTES = 16 * 65_536;

type Problem =
	| { code: 'unknown_flag' | 'needs_value' | 'takes_no_value'; flag: string }
	| { code: 'bad_lang'; value: string }
	| { code: 'extra_argument'; arg: string };

interface Options {
	lang: DiagnoseLang;
	json: boolean;
	help: boolean;
}

export function parseDiagnoseArgs(argv: readonly string[]): {
	options: Options;
	problems: Problem[];
} {
	const options: Options = { lang: 'ja', json: false, help: false };
	const problems: Problem[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
		const flag = eq > 0 ? arg.slice(0, eq) : arg;
		const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
		if (flag === '--json' || flag === '--help' || flag === '-h') {
			if (inline !== undefined) problems.push({ code: 'takes_no_value', flag });
			else if (flag === '--json') options.json = true;
			else options.help = true;
		} else if (flag === '--lang') {
			let value = inline;
			if (
				value === undefined &&
				argv[i + 1] !== undefined &&
				!(argv[i + 1] as string).startsWith('--')
			)
				value = argv[++i];
			if (value === undefined) problems.push({ code: 'needs_value', flag });
			else if (value === 'ja' || value === 'en') options.lang = value;
			else problems.push({ code: 'bad_lang', value });
		} else if (arg.startsWith('-')) problems.push({ code: 'unknown_flag', flag });
		else problems.push({ code: 'extra_argument', arg });
	}
	return { options, problems };
}

function problemText(w: DiagnoseWords, p: Problem): string {
	switch (p.code) {
		case 'bad_lang':
			return fillWords(w.cli.badLang, { value: JSON.stringify(p.value) });
		case 'extra_argument':
			return fillWords(w.cli.extraArgument, { arg: JSON.stringify(p.arg) });
		default:
			return fillWords(
				w.cli[
					p.code === 'unknown_flag'
						? 'unknownFlag'
						: p.code === 'needs_value'
							? 'needsValue'
							: 'takesNoValue'
				],
				{ flag: p.flag }
			);
	}
}

/** Pastes are separated by a line of five or more "=". */
export function splitPastes(text: string): string[] {
	return text
		.replace(/^\ufeff/, '')
		.split(/^[ \t]*={5,}[ \t]*(?:\r?\n|\r|$)/m)
		.filter((p) => p.trim() !== '');
}

function link(lang: DiagnoseLang, page: string, anchor: string): string {
	return `${lang === 'ja' ? '' : '/en'}/${page}/#${anchor}`;
}

export function formatReport(d: Diagnosis, lang: DiagnoseLang): string {
	const w = diagnoseWords(lang);
	const r = w.report;
	const out: string[] = [];
	for (const p of d.pastes) {
		const kinds = p.kinds.map((k) => w.kinds[k]).join(', ');
		out.push(
			`${fillWords(r.paste, { n: p.paste + 1 })}: ${kinds === '' ? r.nothingFound : fillWords(r.found, { kinds })}`
		);
		if (p.truncated) out.push(`  ${fillWords(r.truncated, { n: p.paste + 1 })}`);
	}
	if (d.skippedPastes > 0) out.push(fillWords(r.skipped, { n: d.skippedPastes }));
	for (const m of d.machines) {
		if (m.role === 'unknown' && m.licenseStatus === null) continue;
		const parts: string[] = [];
		if (m.channel) parts.push(w.channels[m.channel.value]);
		if (m.licenseStatus)
			parts.push(`${r.status}: ${LICENSE_STATUS_TEXT[m.licenseStatus.value][lang]}`);
		if (m.minutesLeft && m.minutesLeft.value > 0)
			parts.push(fillWords(r.minutesLeft, { minutes: m.minutesLeft.value }));
		if (m.kmsHost)
			parts.push(
				fillWords(r.kmsHost, {
					host: `${m.kmsHost.value.name}${m.kmsHost.value.port === null ? '' : `:${m.kmsHost.value.port}`}`,
					via: w.via[m.kmsHost.value.via],
				})
			);
		if (m.host?.count) parts.push(fillWords(r.count, { count: m.host.count.value }));
		if (m.lastResult)
			parts.push(
				fillWords(r.lastResult, {
					result: m.lastResult.result === 'success' ? r.success : m.lastResult.result,
				})
			);
		out.push(
			`${fillWords(r.machine, { role: w.roles[m.role], n: m.paste + 1 })}: ${parts.join(' / ')}`
		);
	}
	out.push('', w.status[d.status]);
	if (d.codes.length > 0) {
		out.push('', `${r.codes}:`);
		for (const c of d.codes) {
			const where = c.hits
				.map(
					(h) =>
						`${fillWords(r.paste, { n: h.paste + 1 })} ${fillWords(r.lines, { from: h.from, to: h.to })}`
				)
				.join(', ');
			const tags = [
				c.primary ? r.primary : '',
				c.known ? '' : r.unknownCode,
				c.explainedBy === null ? '' : fillWords(r.explainedBy, { cause: c.explainedBy }),
			].filter((t) => t !== '');
			out.push(`  ${c.code}${tags.length > 0 ? ` (${tags.join('; ')})` : ''}: ${where}`);
		}
	}
	d.causes.forEach((c, i) => {
		const t = causeText(w, c.id, c.params);
		out.push('', `${i + 1}. ${t.title}`, `   ${t.detail}`);
		for (const e of c.evidence)
			out.push(
				`   - ${w.evidence[e.kind]}${e.value === undefined ? '' : ` ${String(e.value)}`}: ${fillWords(r.paste, { n: e.ref.paste + 1 })} ${fillWords(r.lines, { from: e.ref.from, to: e.ref.to })}`
			);
		if (c.commands.length > 0)
			out.push(`   ${r.next}:`, ...c.commands.map((cmd) => `     > ${cmd}`));
		out.push(`   ${r.guide}: ${link(lang, c.guide.page, c.guide.anchor[lang])}`);
		if (c.errorEntry !== null)
			out.push(`   ${r.errorEntry}: ${link(lang, 'guides/error-codes', anchorId(c.errorEntry))}`);
	});
	if (d.countCheck !== null)
		out.push(
			'',
			`${fillWords(r.countCheck, { count: d.countCheck.count.value, threshold: d.countCheck.threshold.value })}: ${d.countCheck.below ? r.countBelow : r.countEnough}`
		);
	for (const n of d.notes)
		out.push('', fillWords(r.countNote, { count: n.count, client: n.client, server: n.server }));
	if (d.missing.length > 0)
		out.push('', `${r.missing}:`, ...d.missing.map((m) => `  - ${w.missing[m]}`));
	return `${out.join('\n')}\n`;
}

function run(argv: readonly string[], stdin: string | null, truncated: boolean): CliResult {
	const { options, problems } = parseDiagnoseArgs(argv);
	const w = diagnoseWords(options.lang);
	if (options.help) return { code: EXIT.ok, stdout: `${w.cli.usage}\n`, stderr: '' };
	if (problems.length > 0)
		return {
			code: EXIT.usage,
			stdout: '',
			stderr: `${problems.map((p) => `diagnose: ${problemText(w, p)}\n`).join('')}diagnose: ${w.cli.seeHelp}\n`,
		};
	if (stdin === null || stdin.trim() === '')
		return { code: EXIT.usage, stdout: '', stderr: `diagnose: ${w.cli.noInput}\n` };
	const d = diagnose(splitPastes(stdin));
	const warn = truncated
		? `diagnose: ${fillWords(w.cli.tooLarge, { max: MAX_STDIN_BYTES })}\n`
		: '';
	return {
		code: EXIT.ok,
		stdout: options.json ? `${JSON.stringify(d, null, 2)}\n` : formatReport(d, options.lang),
		stderr: warn,
	};
}

/** Runs the CLI on arguments and the text of standard input (null when there was none); never throws. */
export function runDiagnoseCli(
	argv: readonly string[],
	stdin: string | null,
	truncated = false
): CliResult {
	let result: CliResult;
	try {
		result = run(argv, stdin, truncated);
	} catch (err) {
		const lang = parseDiagnoseArgs(argv).options.lang;
		result = {
			code: EXIT.failed,
			stdout: '',
			stderr: `diagnose: ${fillWords(diagnoseWords(lang).cli.internal, { message: err instanceof Error ? err.message : String(err) })}\n`,
		};
	}
	return {
		code: result.code,
		stdout: escapeControls(result.stdout),
		stderr: escapeControls(result.stderr),
	};
}
