import type { Simulation } from '../engine/index.ts';
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
	readonly ok: boolean;
}

/** Splits "PC001: slmgr /dli" into machine and command; undefined when there is no "NAME:" prefix. */
export function parseExec(spec: string): { machine: string; command: string } | undefined {
	const match = /^\s*([^:\s]+)\s*:\s?(.*)$/s.exec(spec);
	if (match === null) return undefined;
	return { machine: match[1] as string, command: (match[2] as string).trim() };
}

export function runExecList(sim: Simulation, execs: readonly string[], lang: ShellLang = 'en'): ExecResult[] {
	const shells = new Map<string, ReturnType<typeof createShell>>();
	return execs.map((spec) => {
		const parsed = parseExec(spec);
		if (parsed === undefined) {
			const output = lang === 'ja' ? `--exec は "<コンピューター名>: <コマンド>" の形で指定してください: ${spec}\n` : `--exec expects "<MACHINE>: <command line>": ${spec}\n`;
			return { machine: '', command: spec, output, ok: false };
		}
		const target = findTarget(sim, parsed.machine);
		if (target === undefined) {
			const names = [...sim.hosts().map((h) => h.name), ...sim.machines().map((m) => m.name)];
			const shown = names.slice(0, 12).join(', ') + (names.length > 12 ? ', …' : '');
			const output = lang === 'ja' ? `"${parsed.machine}" という名前のコンピューターはありません (あるもの: ${shown})\n` : `No computer named "${parsed.machine}" (there are: ${shown})\n`;
			return { machine: parsed.machine, command: parsed.command, output, ok: false };
		}
		const key = parsed.machine.toLowerCase();
		let shell = shells.get(key);
		if (shell === undefined) {
			shell = createShell(sim, parsed.machine, { catalogue: catalogueFor(lang), elevated: true });
			shells.set(key, shell);
		}
		return { machine: parsed.machine, command: parsed.command, output: shell.run(parsed.command).output, ok: true };
	});
}

/** The transcript as the CLI prints it: a header line per command, then its output. */
export function formatExecResults(results: readonly ExecResult[]): string {
	return results
		.map((r) => {
			const header = r.machine === '' ? `--exec ${r.command}` : `${r.machine} C:\\Windows\\system32>${r.command}`;
			return `${header}\n${r.output}`;
		})
		.join('\n');
}
