import { findTarget, ok, fail, refusalText, targetName, type CommandHandler } from '../context.ts';
import { fill } from '../messages/index.ts';
import { helpText, isHelpRequest } from './help.ts';

/**
 * `sysprep /generalize`: Windows shows no console output (Sysprep has a window and then shuts
 * down or restarts). The engine gives the machine a new CMID and resets its activation timers;
 * the lab prints a note saying so.
 */
const ALLOWED = [
	'/generalize',
	'/oobe',
	'/audit',
	'/shutdown',
	'/reboot',
	'/quit',
	'/quiet',
	'/mode:vm',
];

export const sysprep: CommandHandler = (ctx, args) => {
	if (isHelpRequest(args)) return ok(helpText(ctx, 'sysprep'));
	const self = findTarget(ctx.sim, ctx.machineName);
	if (self === undefined) return fail('');
	const m = ctx.m;
	const options = args.slice(1).map((a) => a.toLowerCase().replace(/^-/, '/'));
	if (!options.includes('/generalize') || options.some((o) => !ALLOWED.includes(o))) {
		return fail(`${fill(m.labNote, { TEXT: m.sysprepNeedsGeneralize })}\n`);
	}
	if (!ctx.elevated) return fail(`${m.accessDeniedCmd}\n`, 5);
	if (self.kind === 'host') {
		const reason = m.sysprepHostNotModelled;
		return fail(`${fill(m.labNote, { TEXT: fill(m.sysprepFailed, { REASON: reason }) })}\n`);
	}
	const result = ctx.dispatch({ type: 'sysprepGeneralize', machine: targetName(self) });
	if (!result.ok) {
		return fail(
			`${fill(m.labNote, { TEXT: fill(m.sysprepFailed, { REASON: result.error === undefined ? '' : refusalText(ctx, result.error) }) })}\n`
		);
	}
	return ok(`${fill(m.labNote, { TEXT: m.sysprepDone })}\n`);
};
