import { fill } from '../messages/index.ts';
import type { CommandHandler } from '../context.ts';
import { runSlmgr } from '../slmgr/slmgr.ts';

/** The script name without its folder, lower case: "C:\Windows\System32\slmgr.vbs" → "slmgr.vbs". */
function baseName(path: string): string {
	const parts = path.split(/[\\/]/);
	return (parts[parts.length - 1] ?? '').toLowerCase();
}

/** `slmgr`, `slmgr.vbs`: prints in this window (as if cscript were the default script host). */
export const slmgr: CommandHandler = (ctx, args) => runSlmgr(ctx, args.slice(1));

/** `cscript [//nologo] slmgr.vbs …`: the Windows Script Host banner, then the script. */
export const cscript: CommandHandler = (ctx, args) => {
	let nologo = false;
	let i = 1;
	for (; i < args.length; i++) {
		const a = (args[i] as string).toLowerCase();
		if (!a.startsWith('//')) break;
		if (a === '//nologo') nologo = true;
	}
	const banner = nologo ? '' : `${ctx.m.cscriptBanner}\n`;
	const script = args[i];
	if (script === undefined) return { output: `${banner}${ctx.m.cscriptNoScript}\n`, exitCode: 1 };
	const name = baseName(script);
	if (name !== 'slmgr.vbs' && name !== 'slmgr') {
		return { output: `${banner}${fill(ctx.m.cscriptCantFind, { FILE: script })}\n`, exitCode: 1 };
	}
	const result = runSlmgr(ctx, args.slice(i + 1));
	return { output: banner + result.output, exitCode: result.exitCode };
};
