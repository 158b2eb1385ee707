import { ok, type CommandHandler } from '../context.ts';
import { fill } from '../messages/index.ts';

/**
 * `powershell -Command "Test-NetConnection kms01 -Port 1688"` from cmd.exe: runs the quoted command
 * in this prompt. Without a command, PowerShell's banner would start an interactive session; the
 * lab's prompt accepts the cmdlets directly, so it only says so.
 */
export const powershell: CommandHandler = (ctx, args) => {
	const rest = args.slice(1);
	let i = 0;
	while (
		i < rest.length &&
		/^-(nologo|noprofile|noninteractive|executionpolicy|ep)$/i.test(rest[i] as string)
	) {
		i += /^-(executionpolicy|ep)$/i.test(rest[i] as string) ? 2 : 1;
	}
	if (i < rest.length && /^-(c|command)$/i.test(rest[i] as string)) i++;
	const command = rest.slice(i).join(' ');
	if (command.trim() === '') {
		return ok(`${fill(ctx.m.labNote, { TEXT: ctx.m.psPromptNote })}
`);
	}
	// Nested powershell calls are flattened: one level is enough.
	if (/^\s*(powershell|pwsh)\b/i.test(command)) return ok('');
	return ctx.runLine(command);
};
