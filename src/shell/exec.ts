import type { Simulation } from '../engine/index.ts';
// The CLI's own wording (not Windows output): its catalogue has both languages.
import { CLI_MESSAGES } from '../cli/messages.ts';
import { findTarget } from './context.ts';
import type { ShellLang } from './messages/index.ts';
import { catalogueFor } from './messages/all.ts';
import { createShell } from './shell.ts';

/**
 * `--exec "<MACHINE>: <command line>"` for the CLI: runs each command on its machine, in order,
 * at the simulation's current time, with an elevated prompt (as an administrator would), and
 * returns a transcript. Commands change the world exactly as they would at the lab's prompt.
 */
export interface ExecResult {
	readonly machine: string;
	readonly command: string;
	readonly output: string;
	/** False when the --exec value could not be used (no "MACHINE:" prefix, unknown machine). */
	readonly ran: boolean;
	/** The command ran and ended with %ERRORLEVEL% 0. */
	readonly ok: boolean;
}

/** Splits "PC001: slmgr /dli" into machine and command; undefined when there is no "NAME:" prefix. */
export function parseExec(spec: string): { machine: string; command: string } | undefined {
	const match = /^\s*([^:\s]+)\s*:\s?(.*)$/s.exec(spec);
	if (match === null) return undefined;
	return { machine: match[1] as string, command: (match[2] as string).trim() };
}

export function runExecList(
	sim: Simulation,
	execs: readonly string[],
	lang: ShellLang = 'en'
): ExecResult[] {
	const shells = new Map<string, ReturnType<typeof createShell>>();
	return execs.map((spec) => {
		const parsed = parseExec(spec);
		if (parsed === undefined) {
			const output = `${CLI_MESSAGES[lang].exec.noPrefix(spec)}\n`;
			return { machine: '', command: spec, output, ran: false, ok: false };
		}
		const target = findTarget(sim, parsed.machine);
		if (target === undefined) {
			const names = [...sim.hosts().map((h) => h.name), ...sim.machines().map((m) => m.name)];
			const shown = names.slice(0, 12).join(', ') + (names.length > 12 ? ', …' : '');
			const output = `${CLI_MESSAGES[lang].exec.unknownMachine(parsed.machine, shown)}\n`;
			return { machine: parsed.machine, command: parsed.command, output, ran: false, ok: false };
		}
		const key = parsed.machine.toLowerCase();
		let shell = shells.get(key);
		if (shell === undefined) {
			shell = createShell(sim, parsed.machine, { catalogue: catalogueFor(lang), elevated: true });
			shells.set(key, shell);
		}
		const result = shell.run(parsed.command);
		return {
			machine: parsed.machine,
			command: parsed.command,
			output: result.output,
			ran: true,
			ok: result.exitCode === 0,
		};
	});
}

/** The transcript as the CLI prints it: a header line per command, then its output. */
export function formatExecResults(results: readonly ExecResult[]): string {
	return results
		.map((r) => {
			const header =
				r.machine === ''
					? `--exec ${r.command}`
					: `${r.machine} C:\\Windows\\system32>${r.command}`;
			return `${header}\n${r.output}`;
		})
		.join('\n');
}
