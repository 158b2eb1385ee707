import { findTarget, ok, fail, targetName, type CommandHandler, type ShellContext, type ShellTarget } from '../context.ts';
import { fill } from '../messages/index.ts';
import { formatList } from '../format.ts';
import { splitArgs } from '../tokenizer.ts';
import { helpText, isHelpRequest } from './help.ts';
import { psBool, psParams } from './powershellArgs.ts';

/**
 * The Windows Firewall rule SPPSVC-In-TCP (TCP 1688 inbound, off by default; fact sheet §10 step 7).
 * On a KMS host its state is the engine's `firewallOpen` (changed with the setFirewall action).
 * Profiles are not in the engine: the lab's hosts are domain members, so the rule only opens the
 * port when it applies to the Domain profile (or Any). On a client the rule exists too but has no
 * effect on activation; its state is kept in the prompt.
 */

const RULE = 'SPPSVC-In-TCP';
const PROFILES = ['any', 'domain', 'private', 'public', 'notapplicable'];

function profileKey(t: ShellTarget): string {
	return `fwprofile:${targetName(t).toLowerCase()}`;
}

function enabledKey(t: ShellTarget): string {
	return `fwenabled:${targetName(t).toLowerCase()}`;
}

function ruleEnabled(ctx: ShellContext, t: ShellTarget): boolean {
	const stored = ctx.local.get(enabledKey(t));
	if (t.kind === 'host') return stored === undefined ? t.host.firewallOpen : stored === 'True' || t.host.firewallOpen;
	return stored === 'True';
}

function ruleMatches(value: string | undefined): boolean {
	if (value === undefined) return false;
	return value
		.split(',')
		.map((v) => v.trim().replace(/^['"]|['"]$/g, '').toLowerCase())
		.some((v) => v === RULE.toLowerCase() || v === 'key management service (tcp-in)' || v === 'sppsvc-in-tcp*');
}

export const getNetFirewallRule: CommandHandler = (ctx, args, text) => {
	if (isHelpRequest(args)) return ok(helpText(ctx, 'get-netfirewallrule'));
	const self = findTarget(ctx.sim, ctx.machineName);
	if (self === undefined) return fail('');
	const m = ctx.m;
	const cmdlet = args[0] ?? 'Get-NetFirewallRule';
	const parsed = psParams(splitArgs(text, { singleQuotes: true }).slice(1), ['name', 'displayname', 'id'], ['name']);
	if (parsed.unknown !== undefined) return fail(`${fill(m.psUnknownParam, { CMDLET: cmdlet, PARAM: parsed.unknown })}\n`);
	const name = parsed.values.get('name') ?? parsed.values.get('id') ?? parsed.values.get('displayname');
	if (name === undefined) return fail(`${fill(m.fwNeedsName, { CMDLET: cmdlet })}\n`);
	if (!ruleMatches(name)) return fail(`${fill(m.fwNoRule, { CMDLET: cmdlet, NAME: name })}\n`);
	const profile = ctx.local.get(profileKey(self)) ?? 'Any';
	const rows: [string, string][] = [
		['Name', RULE],
		['DisplayName', 'Key Management Service (TCP-In)'],
		['Enabled', ruleEnabled(ctx, self) ? 'True' : 'False'],
		['Profile', profile],
		['Direction', 'Inbound'],
		['Action', 'Allow'],
		['PrimaryStatus', 'OK'],
		['PolicyStoreSource', 'PersistentStore'],
		['PolicyStoreSourceType', 'Local'],
	];
	return ok(`\n${formatList(rows)}\n\n${fill(m.labNote, { TEXT: m.fwDisplayNameNote })}\n\n`);
};

export const setNetFirewallRule: CommandHandler = (ctx, args, text) => {
	if (isHelpRequest(args)) return ok(helpText(ctx, 'set-netfirewallrule'));
	const self = findTarget(ctx.sim, ctx.machineName);
	if (self === undefined) return fail('');
	const m = ctx.m;
	const cmdlet = args[0] ?? 'Set-NetFirewallRule';
	const parsed = psParams(splitArgs(text, { singleQuotes: true }).slice(1), ['name', 'displayname', 'enabled', 'profile', 'id'], ['name'], ['passthru', 'confirm', 'whatif']);
	if (parsed.unknown !== undefined) return fail(`${fill(m.psUnknownParam, { CMDLET: cmdlet, PARAM: parsed.unknown })}\n`);
	const name = parsed.values.get('name') ?? parsed.values.get('id') ?? parsed.values.get('displayname');
	if (name === undefined) return fail(`${fill(m.fwNeedsName, { CMDLET: cmdlet })}\n`);
	const enabledText = parsed.values.get('enabled');
	const enabled = psBool(enabledText);
	if (enabledText !== undefined && enabled === undefined) return fail(`${fill(m.fwBadEnabled, { CMDLET: cmdlet })}\n`);
	const profileText = parsed.values.get('profile');
	let profile: string | undefined;
	if (profileText !== undefined) {
		const parts = profileText.split(',').map((p) => p.trim().replace(/^['"]|['"]$/g, '')).filter((p) => p !== '');
		if (parts.length === 0 || parts.some((p) => !PROFILES.includes(p.toLowerCase()))) return fail(`${fill(m.fwBadProfile, { CMDLET: cmdlet })}\n`);
		profile = parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()).join(', ').replace('Notapplicable', 'NotApplicable');
	}
	if (!ruleMatches(name)) return fail(`${fill(m.fwNoRule, { CMDLET: cmdlet, NAME: name })}\n`);
	if (!ctx.elevated) return fail(`${fill(m.fwAccessDenied, { CMDLET: cmdlet })}\n`);
	if (profile !== undefined) ctx.local.set(profileKey(self), profile);
	if (enabled !== undefined) ctx.local.set(enabledKey(self), enabled ? 'True' : 'False');
	if (self.kind === 'host') {
		const isEnabled = enabled ?? ruleEnabled(ctx, self);
		const currentProfile = (ctx.local.get(profileKey(self)) ?? 'Any').toLowerCase();
		const appliesToDomain = currentProfile.includes('any') || currentProfile.includes('domain');
		const open = isEnabled && appliesToDomain;
		if (open !== self.host.firewallOpen) ctx.sim.dispatch({ type: 'setFirewall', host: targetName(self), open });
		ctx.local.set(enabledKey(self), isEnabled ? 'True' : 'False');
	}
	return ok('');
};
