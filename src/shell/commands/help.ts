import { ok, type CommandHandler, type ShellContext } from '../context.ts';
import { lookup } from '../messages/index.ts';
import { slmgrUsage } from '../slmgr/usage.ts';

/** True when the arguments ask for help (`/?`, `-?`, `-help`, `/help`). */
export function isHelpRequest(args: readonly string[]): boolean {
	return args
		.slice(1)
		.some(
			(a) => a === '/?' || a === '-?' || a.toLowerCase() === '-help' || a.toLowerCase() === '/help'
		);
}

/**
 * Usage text for `<command> /?` (the catalogue's `usage` table, in the prompt's language), or ''
 * for a command without one.
 */
export function helpText(ctx: ShellContext, command: string): string {
	if (command === 'slmgr') return `${slmgrUsage(ctx.m)}\n`;
	return lookup(ctx.catalogue.usage, command) ?? '';
}

export const help: CommandHandler = (ctx, args) => {
	const topic = args[1];
	if (topic !== undefined && topic !== '/?') {
		const text = helpText(ctx, topic.toLowerCase().replace(/\.(exe|vbs)$/, ''));
		if (text !== '') return ok(text);
	}
	const list = Object.entries(ctx.catalogue.commandList);
	const width = Math.max(...list.map(([name]) => name.length)) + 2;
	const lines = [
		ctx.m.helpIntro,
		...list.map(([name, text]) => `${name.padEnd(width)}${text}`),
		'',
		ctx.m.helpFooter,
		'',
	];
	return ok(lines.join('\n'));
};
