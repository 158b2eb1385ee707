import type { CommandHandler } from '../context.ts';
import { cls, echo, hostname, type, ver, whoami } from './basic.ts';
import { help } from './help.ts';
import { cscript, slmgr } from './slmgrCommand.ts';
import { ipconfig, nslookup, testNetConnection } from './network.ts';
import { w32tm } from './time.ts';
import { net, restartService, sc } from './services.ts';
import { getNetFirewallRule, setNetFirewallRule } from './firewall.ts';
import { getWinEvent, wevtutil } from './events.ts';
import { slui } from './slui.ts';
import { sysprep } from './sysprep.ts';
import { powershell } from './powershell.ts';

/**
 * Every command the emulated prompt knows, by lower-case name. cmd.exe finds programs with or
 * without their extension and with a full path; PowerShell cmdlets are matched without case.
 */
export const COMMANDS: ReadonlyMap<string, CommandHandler> = new Map<string, CommandHandler>([
	['slmgr', slmgr],
	['slmgr.vbs', slmgr],
	['cscript', cscript],
	['cls', cls],
	['clear', cls],
	['help', help],
	['hostname', hostname],
	['echo', echo],
	['type', type],
	['ver', ver],
	['whoami', whoami],
	['nslookup', nslookup],
	['ipconfig', ipconfig],
	['test-netconnection', testNetConnection],
	['tnc', testNetConnection],
	['w32tm', w32tm],
	['sc', sc],
	['net', net],
	['restart-service', restartService],
	['get-netfirewallrule', getNetFirewallRule],
	['set-netfirewallrule', setNetFirewallRule],
	['get-winevent', getWinEvent],
	['wevtutil', wevtutil],
	['slui', slui],
	['sysprep', sysprep],
	['powershell', powershell],
	['pwsh', powershell],
]);

/** "C:\Windows\System32\Sysprep\sysprep.exe" → "sysprep"; "SLMGR.VBS" → "slmgr.vbs". */
export function normalizeCommandName(typed: string): string {
	const parts = typed.split(/[\\/]/);
	let name = (parts[parts.length - 1] ?? '').toLowerCase();
	if (name.endsWith('.exe') || name.endsWith('.com')) name = name.slice(0, -4);
	return name;
}
