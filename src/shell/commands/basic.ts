import { findTarget, ok, fail, targetName, type CommandHandler } from '../context.ts';
import { helpText, isHelpRequest } from './help.ts';
import { buildFor } from './windowsInfo.ts';

export const cls: CommandHandler = () => ({ output: '', clear: true, exitCode: 0 });

export const hostname: CommandHandler = (ctx, args) => {
	if (isHelpRequest(args)) return ok(helpText(ctx, 'hostname'));
	const target = findTarget(ctx.sim, ctx.machineName);
	return ok(`${target === undefined ? ctx.machineName : targetName(target)}\n`);
};

/** `echo text`: prints the rest of the line as typed (cmd keeps quotes). */
export const echo: CommandHandler = (_ctx, _args, text) => {
	const rest = text.replace(/^\s*\S+\s?/, '');
	return ok(`${rest === '' ? 'ECHO is on.' : rest}\n`);
};

/** `type file`: reads a file written with `>` in this prompt. */
export const type: CommandHandler = (ctx, args) => {
	if (isHelpRequest(args)) return ok(helpText(ctx, 'type'));
	const file = args[1];
	if (file === undefined) return fail(`${ctx.m.syntaxIncorrect}\n`);
	const content = ctx.files.get(file.toLowerCase());
	return content === undefined ? fail(`${ctx.m.fileNotFound}\n`) : ok(content);
};

export const ver: CommandHandler = (ctx) => {
	const target = findTarget(ctx.sim, ctx.machineName);
	const build = target === undefined ? '10.0.20348.1' : buildFor(target);
	return ok(`\nMicrosoft Windows [Version ${build}]\n`);
};

export const whoami: CommandHandler = (ctx) => {
	const target = findTarget(ctx.sim, ctx.machineName);
	const name = target === undefined ? ctx.machineName : targetName(target);
	return ok(`${name.toLowerCase()}\\administrator\n`);
};
