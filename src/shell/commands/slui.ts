import { findErrorMeaning } from '../../data/errorMeanings.ts';
import { ok, fail, type CommandHandler } from '../context.ts';
import { fill } from '../messages/index.ts';
import { helpText, isHelpRequest } from './help.ts';

/**
 * `slui 0x2a 0x<code>`: on Windows this opens a dialog with the error text. The lab prints the
 * meaning from the shared error data (src/data/errorMeanings.ts, the part of the error reference
 * without causes, fixes and notes, so the terminal stays small) in the prompt's language. Where the
 * sources disagree, the error reference says so (src/data/errors.ts).
 */
export const slui: CommandHandler = (ctx, args) => {
	if (isHelpRequest(args)) return ok(helpText(ctx, 'slui'));
	const m = ctx.m;
	const first = args[1];
	const codeText = args[2];
	if (first === undefined || first.toLowerCase() !== '0x2a' || codeText === undefined) {
		return fail(`${fill(m.labNote, { TEXT: m.sluiUsage })}\n`);
	}
	const hex = codeText.trim().replace(/^0x/i, '').toUpperCase();
	const code = /^[0-9A-F]{1,8}$/.test(hex) ? `0x${hex.padStart(8, '0')}` : codeText;
	const entry = findErrorMeaning(code);
	const lines = [m.sluiTitle, '', fill(m.sluiCode, { CODE: code })];
	if (entry === undefined) lines.push(fill(m.sluiUnknown, { CODE: code }));
	else lines.push(entry.meaning[ctx.lang]);
	return entry === undefined ? fail(`${lines.join('\n')}\n`) : ok(`${lines.join('\n')}\n`);
};
