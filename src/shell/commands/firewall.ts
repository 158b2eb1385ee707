import { canonicalProfile } from '../../engine/actions/network.ts';
import type { Action } from '../../engine/index.ts';
import {
	findTarget,
	ok,
	fail,
	targetName,
	type CommandHandler,
	type ShellTarget,
} from '../context.ts';
import { fill } from '../messages/index.ts';
import { formatList } from '../format.ts';
import { splitArgs } from '../tokenizer.ts';
import { helpText, isHelpRequest } from './help.ts';
import { psBool, psParams } from './powershellArgs.ts';

/**
 * The Windows Firewall rule SPPSVC-In-TCP (TCP 1688 inbound, off by default; step 7 of Microsoft's
 * KMS host set-up). Its state and profiles are engine state (`firewallOpen`, `firewallProfile` on
 * hosts and machines), changed with the `setFirewallRule` action, so a rewind, a reload or a shared
 * link keeps them. The lab's hosts are domain members: the rule admits clients only when it applies
 * to the Domain profile (or Any). On a client the rule exists too but has no effect on activation.
 */

const RULE = 'SPPSVC-In-TCP';

function ruleState(t: ShellTarget): { enabled: boolean; profile: string } {
	const node = t.kind === 'host' ? t.host : t.machine;
	return { enabled: node.firewallOpen, profile: node.firewallProfile };
}

function ruleMatches(value: string | undefined): boolean {
	if (value === undefined) return false;
	return value
		.split(',')
		.map((v) =>
			v
				.trim()
				.replace(/^['"]|['"]$/g, '')
				.toLowerCase()
		)
		.some(
			(v) =>
				v === RULE.toLowerCase() ||
				v === 'key management service (tcp-in)' ||
				v === 'sppsvc-in-tcp*'
		);
}

export const getNetFirewallRule: CommandHandler = (ctx, args, text) => {
	if (isHelpRequest(args)) return ok(helpText(ctx, 'get-netfirewallrule'));
	const self = findTarget(ctx.sim, ctx.machineName);
	if (self === undefined) return fail('');
	const m = ctx.m;
	const cmdlet = args[0] ?? 'Get-NetFirewallRule';
	const parsed = psParams(
		splitArgs(text, { singleQuotes: true }).slice(1),
		['name', 'displayname', 'id'],
		['name']
	);
	if (parsed.unknown !== undefined)
		return fail(`${fill(m.psUnknownParam, { CMDLET: cmdlet, PARAM: parsed.unknown })}\n`);
	const name =
		parsed.values.get('name') ?? parsed.values.get('id') ?? parsed.values.get('displayname');
	if (name === undefined) return fail(`${fill(m.fwNeedsName, { CMDLET: cmdlet })}\n`);
	if (!ruleMatches(name)) return fail(`${fill(m.fwNoRule, { CMDLET: cmdlet, NAME: name })}\n`);
	const state = ruleState(self);
	const rows: [string, string][] = [
		['Name', RULE],
		['DisplayName', 'Key Management Service (TCP-In)'],
		['Enabled', state.enabled ? 'True' : 'False'],
		['Profile', state.profile],
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
	const parsed = psParams(
		splitArgs(text, { singleQuotes: true }).slice(1),
		['name', 'displayname', 'enabled', 'profile', 'id'],
		['name'],
		['passthru', 'confirm', 'whatif']
	);
	if (parsed.unknown !== undefined)
		return fail(`${fill(m.psUnknownParam, { CMDLET: cmdlet, PARAM: parsed.unknown })}\n`);
	const name =
		parsed.values.get('name') ?? parsed.values.get('id') ?? parsed.values.get('displayname');
	if (name === undefined) return fail(`${fill(m.fwNeedsName, { CMDLET: cmdlet })}\n`);
	const enabledText = parsed.values.get('enabled');
	const enabled = psBool(enabledText);
	if (enabledText !== undefined && enabled === undefined)
		return fail(`${fill(m.fwBadEnabled, { CMDLET: cmdlet })}\n`);
	const profileText = parsed.values.get('profile');
	let profile: string | undefined;
	if (profileText !== undefined) {
		profile = canonicalProfile(profileText.replace(/['"]/g, ''));
		if (profile === undefined) return fail(`${fill(m.fwBadProfile, { CMDLET: cmdlet })}\n`);
	}
	if (!ruleMatches(name)) return fail(`${fill(m.fwNoRule, { CMDLET: cmdlet, NAME: name })}\n`);
	if (!ctx.elevated) return fail(`${fill(m.fwAccessDenied, { CMDLET: cmdlet })}\n`);
	if (enabled === undefined && profile === undefined) return ok('');
	const change: Extract<Action, { type: 'setFirewallRule' }> = {
		type: 'setFirewallRule',
		target: targetName(self),
	};
	if (enabled !== undefined) change.enabled = enabled;
	if (profile !== undefined) change.profile = profile;
	ctx.dispatch(change);
	return ok('');
};
