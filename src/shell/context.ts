import type {
	Action,
	ActionResult,
	EngineError,
	KmsHost,
	Machine,
	SimulationView,
} from '../engine/index.ts';
import { describeWith, type ResultWords } from '../i18n/results/types.ts';
import type { Messages, ShellCatalogue, ShellLang } from './messages/index.ts';

/**
 * The simulation a prompt runs against. Commands read it (world, queries, event log) and change it
 * only through `dispatch`, which is the owner's one way in (the lab session's, or the engine's own
 * in the CLI), so a typed command meets the same validation and limits as a button.
 */
export interface ShellSim extends SimulationView {
	dispatch(action: Action): ActionResult;
}

/** The machine a prompt belongs to: a KMS client (any Windows machine) or a KMS host. */
export type ShellTarget =
	| { readonly kind: 'client'; readonly machine: Machine }
	| { readonly kind: 'host'; readonly host: KmsHost };

export interface ShellContext {
	/** The simulation to read. Changes go through `dispatch`, never through the simulation itself. */
	readonly sim: SimulationView;
	/**
	 * The owner's one way in. A refusal Windows would never print (a limit of the lab, an invalid
	 * action) ends the command with a lab note, through `ActionRefused`.
	 */
	dispatch(action: Action): ActionResult;
	/** Name as given to createShell (looked up again for every command). */
	readonly machineName: string;
	readonly lang: ShellLang;
	/** The prompt's language: `m` is `catalogue.messages`. */
	readonly catalogue: ShellCatalogue;
	readonly m: Messages;
	readonly elevated: boolean;
	/** Words for the owner's refusals, when the prompt has them. */
	readonly results: ResultWords | undefined;
	/** Runs a nested command line in this prompt (`powershell -Command …`, `cmd /c …`). */
	runLine(line: string): CommandResult;
	/** Files written with `>` / `>>` in this prompt (`type` reads them). */
	readonly files: Map<string, string>;
}

/** Thrown by `ShellContext.dispatch` for a refusal the command cannot word as Windows would; the shell prints it as a lab note. */
export class ActionRefused extends Error {
	readonly error: EngineError;
	constructor(error: EngineError) {
		super(error.code);
		this.name = 'ActionRefused';
		this.error = error;
	}
}

/** An engine refusal in the prompt's words (its code alone where the prompt has none). */
export function refusalText(ctx: ShellContext, error: EngineError): string {
	return ctx.results === undefined ? error.code : describeWith(ctx.results, error);
}

/** Refusals that are the lab's, not Windows': a limit, a bug. (A bad value is the command's to word, as Windows does.) */
function isLabRefusal(result: ActionResult): result is ActionResult & { error: EngineError } {
	const code = result.error?.code;
	return code === 'limit' || code === 'internal';
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
export type CommandHandler = (
	ctx: ShellContext,
	args: readonly string[],
	text: string,
	pipeTail: readonly string[]
) => CommandResult;

export function ok(output: string): CommandResult {
	return { output, exitCode: 0 };
}

export function fail(output: string, exitCode = 1): CommandResult {
	return { output, exitCode };
}

/** Finds the prompt's machine in the current world (it may have been removed meanwhile). */
export function findTarget(sim: SimulationView, name: string): ShellTarget | undefined {
	const lower = name.toLowerCase();
	const host = sim.world.hosts.find(
		(h) => !h.removed && (h.name.toLowerCase() === lower || h.fqdn.toLowerCase() === lower)
	);
	if (host !== undefined) return { kind: 'host', host };
	const machine = sim.world.machines.find((mc) => !mc.removed && mc.name.toLowerCase() === lower);
	if (machine !== undefined) return { kind: 'client', machine };
	return undefined;
}

export function makeContext(
	sim: ShellSim,
	machineName: string,
	catalogue: ShellCatalogue,
	elevated: boolean,
	files: Map<string, string>,
	runLine: (ctx: ShellContext, line: string) => CommandResult,
	results?: ResultWords
): ShellContext {
	const dispatch = (action: Action): ActionResult => {
		const result = sim.dispatch(action);
		if (isLabRefusal(result)) throw new ActionRefused(result.error);
		return result;
	};
	const ctx: ShellContext = {
		sim,
		dispatch,
		results,
		runLine: (line) => runLine(ctx, line),
		machineName,
		lang: catalogue.lang,
		catalogue,
		m: catalogue.messages,
		elevated,
		files,
	};
	return ctx;
}

/** Computer name as the target calls itself. */
export function targetName(t: ShellTarget): string {
	return t.kind === 'host' ? t.host.name : t.machine.name;
}

/** The DNS domain (primary suffix) of the prompt's machine, or null for a workgroup machine without one. */
export function targetDnsSuffix(t: ShellTarget): string | null {
	return t.kind === 'host' ? t.host.domain : (t.machine.dnsSuffix ?? t.machine.domain);
}

/** Local clock offset of the prompt's machine, minutes. */
export function targetClockOffset(t: ShellTarget): number {
	return t.kind === 'host' ? t.host.clockOffset : t.machine.clockOffset;
}

/** The machine's local time as a Date (true time plus its clock offset). */
export function localDate(sim: SimulationView, t: ShellTarget | undefined): Date {
	const offset = t === undefined ? 0 : targetClockOffset(t);
	return new Date(Date.parse(sim.startDate) + (sim.now + offset) * 60_000);
}
