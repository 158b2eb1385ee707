import type { KmsHost, Machine, Simulation } from '../engine/index.ts';
import type { Messages, ShellCatalogue, ShellLang } from './messages/index.ts';

/**
 * The simulation a prompt runs against. Commands read it (world, queries, event log) and change it
 * only through `sim.dispatch(action)`: the engine owns every rule, the shell parses and formats.
 */
export type ShellSim = Simulation;

/** The machine a prompt belongs to: a KMS client (any Windows machine) or a KMS host. */
export type ShellTarget =
	| { readonly kind: 'client'; readonly machine: Machine }
	| { readonly kind: 'host'; readonly host: KmsHost };

export interface ShellContext {
	readonly sim: ShellSim;
	/** Name as given to createShell (looked up again for every command). */
	readonly machineName: string;
	readonly lang: ShellLang;
	/** The prompt's language: `m` is `catalogue.messages`. */
	readonly catalogue: ShellCatalogue;
	readonly m: Messages;
	readonly elevated: boolean;
	/** Files written with `>` / `>>` in this prompt (`type` reads them). */
	readonly files: Map<string, string>;
	/** Per-prompt settings Windows keeps but the engine does not model (firewall profile of a rule, client-side rule state). */
	readonly local: Map<string, string>;
}

export interface CommandResult {
	readonly output: string;
	readonly clear?: boolean;
	/** 0 = success, as %ERRORLEVEL%; drives `&&` and `||`. */
	readonly exitCode: number;
}

/**
 * One command. `args[0]` is the command name as typed; `text` is the whole command text (after
 * cmd.exe's own processing), for commands such as PowerShell cmdlets that re-parse it.
 */
export type CommandHandler = (ctx: ShellContext, args: readonly string[], text: string, pipeTail: readonly string[]) => CommandResult;

export function ok(output: string): CommandResult {
	return { output, exitCode: 0 };
}

export function fail(output: string, exitCode = 1): CommandResult {
	return { output, exitCode };
}

/** Finds the prompt's machine in the current world (it may have been removed meanwhile). */
export function findTarget(sim: ShellSim, name: string): ShellTarget | undefined {
	const lower = name.toLowerCase();
	const host = sim.world.hosts.find((h) => !h.removed && (h.name.toLowerCase() === lower || h.fqdn.toLowerCase() === lower));
	if (host !== undefined) return { kind: 'host', host };
	const machine = sim.world.machines.find((mc) => !mc.removed && mc.name.toLowerCase() === lower);
	if (machine !== undefined) return { kind: 'client', machine };
	return undefined;
}

export function makeContext(sim: ShellSim, machineName: string, catalogue: ShellCatalogue, elevated: boolean, files: Map<string, string>, local: Map<string, string>): ShellContext {
	return { sim, machineName, lang: catalogue.lang, catalogue, m: catalogue.messages, elevated, files, local };
}

/** Computer name as the target calls itself. */
export function targetName(t: ShellTarget): string {
	return t.kind === 'host' ? t.host.name : t.machine.name;
}

/** The DNS domain (primary suffix) of the prompt's machine, or null for a workgroup machine without one. */
export function targetDnsSuffix(t: ShellTarget): string | null {
	return t.kind === 'host' ? t.host.domain : t.machine.dnsSuffix ?? t.machine.domain;
}

/** Local clock offset of the prompt's machine, minutes. */
export function targetClockOffset(t: ShellTarget): number {
	return t.kind === 'host' ? t.host.clockOffset : t.machine.clockOffset;
}

/** The machine's local time as a Date (true time plus its clock offset). */
export function localDate(sim: ShellSim, t: ShellTarget | undefined): Date {
	const offset = t === undefined ? 0 : targetClockOffset(t);
	return new Date(Date.parse(sim.startDate) + (sim.now + offset) * 60_000);
}
