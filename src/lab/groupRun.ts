import type { SimulationView } from '../engine/simulation.ts';
import type { ShellSim } from '../shell/context.ts';
import type { createShell as CreateShell } from '../shell/shell.ts';
import type { ShellCatalogue } from '../shell/messages/index.ts';

/**
 * One command line run on every computer of a group, as an administrator does with a script
 * (`Invoke-Command`) or a Group Policy startup script instead of typing it on each machine. Each
 * run is the same emulated prompt the terminal uses, elevated, so it changes the world through the
 * same engine actions as a command typed on that machine.
 */

export type MachineGroup = 'clients' | 'hosts';

export const MACHINE_GROUPS: readonly MachineGroup[] = ['clients', 'hosts'];

export interface GroupRunResult {
	machine: string;
	/** %ERRORLEVEL% after the line: 0 = success. */
	exitCode: number;
	output: string;
}

/** The computers of a group, in the order the network lists them. */
export function groupMembers(sim: SimulationView, group: MachineGroup): string[] {
	return group === 'hosts' ? sim.hosts().map((h) => h.name) : sim.machines().map((m) => m.name);
}

/**
 * PowerShell's way of saying the same thing, shown beside the control so the reader sees the
 * command an administrator would run (the lab runs it machine by machine).
 */
export function invokeCommandLine(members: readonly string[], line: string): string {
	const names =
		members.length <= 3
			? members.join(',')
			: `${members.slice(0, 2).join(',')},…,${members[members.length - 1]}`;
	return `Invoke-Command -ComputerName ${names} -ScriptBlock { ${line} }`;
}

export function runOnGroup(
	createShell: typeof CreateShell,
	catalogue: ShellCatalogue,
	sim: ShellSim,
	group: MachineGroup,
	line: string
): GroupRunResult[] {
	return groupMembers(sim, group).map((machine) => {
		const shell = createShell(sim, machine, { catalogue, elevated: true });
		const r = shell.run(line);
		return { machine, exitCode: r.exitCode, output: r.output };
	});
}
