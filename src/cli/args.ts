import { parseExec } from '../shell/exec.ts';
import { isCliLang, type CliLang } from './messages.ts';
import { parseTime, type TimeProblem } from './time.ts';

/**
 * The command line, read in one pass in any order (`--lang en` may come last and still words every
 * message, usage included). Problems are data; messages.ts words them in the chosen language.
 */

export interface CliOptions {
	/** A preset name or a scenario file; undefined when none was given. */
	source: string | undefined;
	/** --until in minutes; undefined = the scenario's "until", else the default. */
	until: number | undefined;
	json: boolean;
	events: boolean;
	lang: CliLang;
	help: boolean;
	/** `--exec "<MACHINE>: <command line>"`, in order (see src/shell/exec.ts). */
	exec: string[];
}

export type ArgProblem =
	| { code: 'no_scenario' }
	| { code: 'extra_argument'; arg: string; first: string }
	| { code: 'unknown_flag'; flag: string }
	| { code: 'needs_value'; flag: string }
	| { code: 'takes_no_value'; flag: string }
	| { code: 'bad_lang'; value: string }
	| { code: 'bad_exec'; value: string }
	| { code: 'bad_until'; value: string; problem: TimeProblem };

export interface ParsedArgs {
	options: CliOptions;
	/** In the order met; empty when the command line is usable. */
	problems: ArgProblem[];
}

const SWITCHES = new Set(['--json', '--events', '--help', '-h']);
const VALUED = new Set(['--until', '--lang', '--exec']);

export function parseArgs(argv: readonly string[], maxMinutes: number): ParsedArgs {
	const options: CliOptions = {
		source: undefined,
		until: undefined,
		json: false,
		events: false,
		lang: 'ja',
		help: false,
		exec: [],
	};
	const problems: ArgProblem[] = [];
	let onlyOperands = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		if (onlyOperands || !arg.startsWith('-') || arg === '-') {
			if (options.source === undefined) options.source = arg;
			else problems.push({ code: 'extra_argument', arg, first: options.source });
			continue;
		}
		if (arg === '--') {
			onlyOperands = true;
			continue;
		}
		const eq = arg.indexOf('=');
		const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
		const inline = flag === arg ? undefined : arg.slice(eq + 1);
		if (SWITCHES.has(flag)) {
			if (inline !== undefined) problems.push({ code: 'takes_no_value', flag });
			else if (flag === '--json') options.json = true;
			else if (flag === '--events') options.events = true;
			else options.help = true;
			continue;
		}
		if (!VALUED.has(flag)) {
			problems.push({ code: 'unknown_flag', flag });
			continue;
		}
		let value = inline;
		if (value === undefined) {
			// The next argument is the value unless it is another option ("--until --json").
			const next = argv[i + 1];
			if (next !== undefined && !next.startsWith('--')) {
				value = next;
				i++;
			}
		}
		if (value === undefined) {
			problems.push({ code: 'needs_value', flag });
			continue;
		}
		if (flag === '--lang') {
			if (isCliLang(value)) options.lang = value;
			else problems.push({ code: 'bad_lang', value });
		} else if (flag === '--exec') {
			// A value without "MACHINE:" is a usage mistake, caught before anything runs.
			if (parseExec(value) === undefined) problems.push({ code: 'bad_exec', value });
			else options.exec.push(value);
		} else {
			const time = parseTime(value, maxMinutes);
			if (time.ok) options.until = time.minutes;
			else problems.push({ code: 'bad_until', value, problem: time.problem });
		}
	}
	if (options.source === undefined && !options.help) problems.push({ code: 'no_scenario' });
	return { options, problems };
}
