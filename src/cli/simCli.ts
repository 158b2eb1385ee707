import { MINUTES_PER_DAY } from '../data/timers.ts';
import { CLI_LIMITS, dateAt, dayOf, parseDuration } from '../engine/index.ts';
import { describeEngineError } from '../i18n/results/index.ts';
// --exec (command line emulation) lives in src/shell; this file only passes the values through.
import { formatExecResults, runExecList } from '../shell/exec.ts';
import { parseArgs, type ArgProblem } from './args.ts';
import { escapeControls } from './escape.ts';
import { loadForCli, runUntil } from './load.ts';
import { CLI_MESSAGES, type CliMessages } from './messages.ts';
import { report } from './report.ts';
import { PRESETS, readScenario, type SourceProblem } from './source.ts';
import type { TimeProblem } from './time.ts';

/**
 * `npm run sim -- <scenario file | preset name> [--until <time>] [--json] [--events] [--lang ja|en] [--exec "PC001: slmgr /dli"]…`
 * Runs a scenario and prints the machines' license state and each host's current count.
 * Results go to stdout, errors to stderr, both in the --lang language.
 */

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Exit statuses: 0 only on success. */
export const EXIT = {
	ok: 0,
	/** The run failed: a command given with --exec could not run (or the CLI itself broke). */
	failed: 1,
	/** Bad usage or bad input: options, the scenario file, the scenario, a limit. */
	usage: 2,
} as const;

/** When neither --until nor the scenario says how long to run. */
const DEFAULT_DAYS = 30;

const PROGRAM = 'sim';

function usage(m: CliMessages): string {
	return m.usage({
		presets: PRESETS,
		maxDays: Math.floor(CLI_LIMITS.maxMinutes / MINUTES_PER_DAY),
		defaultDays: DEFAULT_DAYS,
	});
}

function timeText(m: CliMessages, where: string, value: string, problem: TimeProblem): string {
	const t = m.time;
	const why = (() => {
		switch (problem.code) {
			case 'empty':
				return t.empty;
			case 'negative':
				return t.negative;
			case 'no_unit':
				return t.noUnit(problem.number);
			case 'bad_unit':
				return t.badUnit(problem.unit);
			case 'not_number':
				return t.notNumber;
			case 'too_large':
				return t.tooLarge(Math.floor(problem.max / MINUTES_PER_DAY));
		}
	})();
	return m.badTime(where, why, value);
}

function argText(m: CliMessages, p: ArgProblem): string {
	switch (p.code) {
		case 'no_scenario':
			return m.noScenario;
		case 'extra_argument':
			return m.extraArgument(p.arg, p.first);
		case 'unknown_flag':
			return m.unknownFlag(p.flag);
		case 'needs_value':
			return m.needsValue(p.flag);
		case 'takes_no_value':
			return m.takesNoValue(p.flag);
		case 'bad_lang':
			return m.badLang(p.value);
		case 'bad_exec':
			return m.badExec(p.value);
		case 'bad_until':
			return timeText(m, '--until', p.value, p.problem);
	}
}

function sourceText(m: CliMessages, p: SourceProblem): string {
	switch (p.code) {
		case 'unknown_preset':
			return m.unknownPreset(p.name, PRESETS);
		case 'not_found':
			return m.fileNotFound(p.path);
		case 'is_directory':
			return m.isDirectory(p.path);
		case 'not_readable':
			return m.notReadable(p.path, p.reason);
		case 'not_json':
			return m.notJson(p.source, p.line, p.column);
	}
}

function lines(texts: readonly string[]): string {
	return texts.map((t) => `${PROGRAM}: ${t}\n`).join('');
}

function fail(code: number, stderr: string): CliResult {
	return { code, stdout: '', stderr };
}

function run(argv: readonly string[]): CliResult {
	const { options: opts, problems } = parseArgs(argv, CLI_LIMITS.maxMinutes);
	const m = CLI_MESSAGES[opts.lang];
	if (opts.help) return { code: EXIT.ok, stdout: `${usage(m)}\n`, stderr: '' };
	if (problems.length > 0)
		return fail(EXIT.usage, `${lines(problems.map((p) => argText(m, p)))}${m.seeHelp}\n`);
	const source = opts.source as string;

	const read = readScenario(source);
	if (!read.ok) return fail(EXIT.usage, lines([sourceText(m, read.problem)]));
	const loaded = loadForCli(read.scenario, opts.lang);
	if (!loaded.ok)
		return fail(
			EXIT.usage,
			`${lines([m.invalidScenario(source, loaded.problems.length)])}${loaded.problems.map((p) => `  ${p}\n`).join('')}`
		);
	const sim = loaded.sim;

	// The loader has checked the scenario's own "until" against the same horizon.
	const own = sim.scenario.until === undefined ? undefined : parseDuration(sim.scenario.until);
	const ran = runUntil(sim, opts.until ?? own ?? DEFAULT_DAYS * MINUTES_PER_DAY);
	if (!ran.ok) {
		// A limit (the horizon, the event budget) is bad input: the run is not reported half done.
		const at = `${dateAt(sim.startDate, sim.now).slice(0, 16).replace('T', ' ')} (${m.report.day(dayOf(sim.now))})`;
		return fail(
			EXIT.usage,
			lines([
				describeEngineError(ran.error, opts.lang),
				...(ran.events > 0 ? [m.stoppedAt(at)] : []),
			])
		);
	}

	if (opts.exec.length > 0) {
		// Each command's output is a result (stdout); a command that could not run is an error (stderr).
		// A command that ran and failed (%ERRORLEVEL% not 0) makes the whole run fail (exit 1).
		const results = runExecList(sim, opts.exec, opts.lang);
		const failed = results.filter((r) => !r.ok);
		const stderr =
			failed.length > 0
				? lines([
						...failed.filter((r) => !r.ran).map((r) => r.output.trimEnd()),
						m.exec.failed(failed.length, results.length),
					])
				: '';
		return {
			code: failed.length > 0 ? EXIT.failed : EXIT.ok,
			stdout: formatExecResults(results.filter((r) => r.ran)),
			stderr,
		};
	}
	return { code: EXIT.ok, stdout: `${report(sim, opts, m)}\n`, stderr: '' };
}

/**
 * Runs the CLI on arguments (without `node sim.ts`); never throws. The one place output leaves the
 * CLI: control characters from a scenario or an argument are escaped here, for text and JSON alike.
 */
export function runCli(argv: readonly string[]): CliResult {
	let result: CliResult;
	try {
		result = run(argv);
	} catch (err) {
		const lang = parseArgs(argv, CLI_LIMITS.maxMinutes).options.lang;
		result = fail(
			EXIT.failed,
			lines([CLI_MESSAGES[lang].internal(err instanceof Error ? err.message : String(err))])
		);
	}
	return {
		code: result.code,
		stdout: escapeControls(result.stdout),
		stderr: escapeControls(result.stderr),
	};
}
