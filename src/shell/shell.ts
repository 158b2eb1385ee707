import { splitArgs, splitCommands, type CommandSegment } from './tokenizer.ts';
import {
	ActionRefused,
	findTarget,
	makeContext,
	refusalText,
	targetDnsSuffix,
	targetName,
	type CommandResult,
	type ShellContext,
	type ShellSim,
} from './context.ts';
import { fill, type ShellCatalogue, type ShellLang } from './messages/index.ts';
import { boundOutput } from './format.ts';
import type { ResultWords } from '../i18n/results/types.ts';
import { COMMANDS, normalizeCommandName } from './commands/index.ts';
import { applyPipeFilter } from './commands/filters.ts';

export interface ShellOptions {
	/**
	 * Everything the prompt prints, in its Windows display language: `catalogue` from
	 * `messages/en.ts` or `messages/ja.ts` (or `catalogueFor(lang)` from `messages/all.ts`).
	 */
	readonly catalogue: ShellCatalogue;
	readonly elevated: boolean;
	/** Account shown in a non-elevated prompt (C:\Users\<user>). */
	readonly user?: string;
	/** Words for the owner's refusals (a lab limit); default: the catalogue's. */
	readonly results?: ResultWords;
}

export interface ShellRunResult {
	readonly output: string;
	/** True when the command was `cls`: the terminal clears its screen. */
	readonly clear?: boolean;
	/** %ERRORLEVEL% after the line: 0 = success. */
	readonly exitCode: number;
}

export interface Shell {
	readonly machineName: string;
	readonly lang: ShellLang;
	readonly elevated: boolean;
	/** `C:\Windows\system32>` when elevated, `C:\Users\<user>>` otherwise. */
	prompt(): string;
	/** Runs one typed line. Never throws; the output is at most 64 kB. */
	run(line: string): ShellRunResult;
	/** Switches the prompt to elevated (default) or back to a normal prompt. */
	setElevated(elevated?: boolean): void;
}

/** Longest line the shell accepts, like cmd.exe's 8191-character limit. */
const MAX_LINE = 8191;

/**
 * A command prompt on one simulated machine. Commands parse their arguments, call engine actions,
 * and format what Windows would print; the world changes only through the owner's `dispatch`.
 */
export function createShell(sim: ShellSim, machineName: string, options: ShellOptions): Shell {
	const catalogue = options.catalogue;
	let elevated = options.elevated;
	const user = options.user ?? 'Administrator';
	const files = new Map<string, string>();

	const run = (line: string): ShellRunResult => {
		const m = catalogue.messages;
		const ctx = makeContext(
			sim,
			machineName,
			catalogue,
			elevated,
			files,
			runLine,
			options.results ?? catalogue.results
		);
		try {
			if (typeof line !== 'string') return { output: '', exitCode: 1 };
			if (line.length > MAX_LINE) return { output: `${m.lineTooLong}\n`, exitCode: 1 };
			const result = runLine(ctx, line);
			const output = boundOutput(result.output, m.outputTruncated);
			return result.clear === true
				? { output, clear: true, exitCode: result.exitCode }
				: { output, exitCode: result.exitCode };
		} catch (error) {
			// The owner refused a change (a limit reached): the command stops, nothing of it applied.
			if (error instanceof ActionRefused)
				return {
					output: `${fill(m.labNote, { TEXT: refusalText(ctx, error.error) })}\n`,
					exitCode: 1,
				};
			// A bug in a command must not break the terminal: report it as a lab note.
			const detail = error instanceof Error ? error.message : String(error);
			return {
				output: `${fill(m.labNote, { TEXT: `internal error: ${detail}` }).slice(0, 2000)}\n`,
				exitCode: 1,
			};
		}
	};

	return {
		machineName,
		get lang() {
			return catalogue.lang;
		},
		get elevated() {
			return elevated;
		},
		prompt: () => (elevated ? 'C:\\Windows\\system32>' : `C:\\Users\\${user}>`),
		run,
		setElevated: (value = true) => {
			elevated = value;
		},
	};
}

/** Runs a whole line: commands joined by &, &&, || and pipelines joined by |. */
export function runLine(ctx: ShellContext, line: string): CommandResult {
	const segments = splitCommands(expandVariables(ctx, line));
	let output = '';
	let lastExit = 0;
	let clear = false;
	let i = 0;
	while (i < segments.length) {
		// Gather one pipeline: this segment and the `|` segments after it.
		const pipeline: CommandSegment[] = [segments[i] as CommandSegment];
		let j = i + 1;
		while (j < segments.length && (segments[j] as CommandSegment).chain === 'pipe') {
			pipeline.push(segments[j] as CommandSegment);
			j++;
		}
		const head = pipeline[0] as CommandSegment;
		const skip =
			(head.chain === 'and' && lastExit !== 0) || (head.chain === 'or' && lastExit === 0);
		if (!skip) {
			const result = runPipeline(ctx, pipeline);
			lastExit = result.exitCode;
			if (result.clear === true) {
				clear = true;
				output = '';
			}
			output += result.output;
		}
		i = j;
	}
	return clear ? { output, clear: true, exitCode: lastExit } : { output, exitCode: lastExit };
}

/**
 * cmd.exe expands %NAME% before it parses the line; an undefined variable stays as typed. The lab
 * defines the variables an administrator uses in these commands.
 */
export function expandVariables(ctx: ShellContext, line: string): string {
	if (!line.includes('%')) return line;
	const target = findTarget(ctx.sim, ctx.machineName);
	const name = target === undefined ? ctx.machineName : targetName(target);
	const domain = target === undefined ? null : targetDnsSuffix(target);
	// A Map: a typed name such as %constructor% must stay as typed, not find a property.
	const vars = new Map<string, string>([
		['computername', name.toUpperCase()],
		['username', 'Administrator'],
		['systemroot', 'C:\\Windows'],
		['windir', 'C:\\Windows'],
		['systemdrive', 'C:'],
	]);
	if (domain !== null) {
		vars.set('userdnsdomain', domain.toUpperCase());
		vars.set('userdomain', (domain.split('.')[0] ?? '').toUpperCase());
	}
	return line.replace(
		/%([A-Za-z_][A-Za-z0-9_]*)%/g,
		(whole, key: string) => vars.get(key.toLowerCase()) ?? whole
	);
}

function runPipeline(ctx: ShellContext, pipeline: readonly CommandSegment[]): CommandResult {
	const head = pipeline[0] as CommandSegment;
	const tail = pipeline.slice(1);
	if (head.text === '') {
		// An empty command before a pipe or after an operator is a syntax error in cmd.exe.
		return tail.length > 0 || head.chain !== 'first'
			? { output: `${ctx.m.syntaxIncorrect}\n`, exitCode: 1 }
			: { output: '', exitCode: 0 };
	}
	let result = runSingle(
		ctx,
		head.text,
		tail.map((s) => s.text)
	);
	for (const filter of tail) {
		if (result.clear === true) break;
		result = applyPipeFilter(ctx, filter.text, result);
	}
	const last = pipeline[pipeline.length - 1] as CommandSegment;
	const redirect = last.redirect ?? head.redirect;
	if (redirect !== undefined) {
		const key = redirect.file.toLowerCase();
		const before = redirect.append ? (ctx.files.get(key) ?? '') : '';
		if (ctx.files.size < 64 || ctx.files.has(key))
			ctx.files.set(key, boundOutput(before + result.output, ''));
		return { output: '', exitCode: result.exitCode };
	}
	return result;
}

/** Runs one command (no operators). `pipeTail` holds the texts after `|` (cmdlets use Format-List). */
export function runSingle(
	ctx: ShellContext,
	text: string,
	pipeTail: readonly string[] = []
): CommandResult {
	const args = splitArgs(text);
	const typed = args[0];
	if (typed === undefined) return { output: '', exitCode: 0 };
	const name = normalizeCommandName(typed);
	const handler = COMMANDS.get(name);
	if (handler === undefined) {
		return { output: `${fill(ctx.m.notRecognized, { NAME: typed })}\n`, exitCode: 9009 };
	}
	if (findTarget(ctx.sim, ctx.machineName) === undefined && name !== 'cls' && name !== 'help') {
		// The machine is not (or no longer) in the world: nothing on it can run.
		return {
			output: `${fill(ctx.m.labNote, { TEXT: fill(ctx.m.machineMissing, { NAME: ctx.machineName }) })}\n`,
			exitCode: 1,
		};
	}
	return handler(ctx, args, text, pipeTail);
}
