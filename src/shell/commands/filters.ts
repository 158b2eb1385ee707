import { splitArgs } from '../tokenizer.ts';
import { fill } from '../messages/index.ts';
import type { CommandResult, ShellContext } from '../context.ts';

/**
 * Commands that read the previous command's output through `|`: findstr, find, more, and the
 * PowerShell formatting cmdlets (which the cmdlets themselves already honoured, so they pass text on).
 */
export function applyPipeFilter(
	ctx: ShellContext,
	text: string,
	input: CommandResult
): CommandResult {
	const args = splitArgs(text);
	const name = (args[0] ?? '').toLowerCase().replace(/\.exe$/, '');
	const lines = input.output.split('\n');
	if (input.output.endsWith('\n')) lines.pop();
	switch (name) {
		case 'findstr': {
			let ignoreCase = false;
			let invert = false;
			const patterns: string[] = [];
			for (const arg of args.slice(1)) {
				const lower = arg.toLowerCase();
				if (lower === '/i') ignoreCase = true;
				else if (lower === '/v') invert = true;
				else if (lower.startsWith('/c:')) patterns.push(arg.slice(3));
				else if (arg.startsWith('/')) continue;
				else patterns.push(...arg.split(' ').filter((p) => p !== ''));
			}
			if (patterns.length === 0) return { output: 'FINDSTR: Bad command line\n', exitCode: 2 };
			return keep(lines, (line) => {
				const hay = ignoreCase ? line.toLowerCase() : line;
				const hit = patterns.some((p) => hay.includes(ignoreCase ? p.toLowerCase() : p));
				return invert ? !hit : hit;
			});
		}
		case 'find': {
			const ignoreCase = args.some((a) => a.toLowerCase() === '/i');
			const invert = args.some((a) => a.toLowerCase() === '/v');
			const pattern = args.slice(1).find((a) => !a.startsWith('/'));
			if (pattern === undefined)
				return { output: 'FIND: Parameter format not correct\n', exitCode: 2 };
			return keep(lines, (line) => {
				const hit = ignoreCase
					? line.toLowerCase().includes(pattern.toLowerCase())
					: line.includes(pattern);
				return invert ? !hit : hit;
			});
		}
		case 'more':
		case 'format-list':
		case 'fl':
		case 'format-table':
		case 'ft':
		case 'out-string':
		case 'out-host':
		case 'select-object':
		case 'select':
			return input;
		case 'select-string':
		case 'sls': {
			const pattern = args.slice(1).find((a) => !a.startsWith('-')) ?? '';
			return keep(lines, (line) => line.toLowerCase().includes(pattern.toLowerCase()));
		}
		default:
			return { output: `${fill(ctx.m.notRecognized, { NAME: args[0] ?? '' })}\n`, exitCode: 9009 };
	}
}

function keep(lines: readonly string[], predicate: (line: string) => boolean): CommandResult {
	const kept = lines.filter(predicate);
	return {
		output: kept.length > 0 ? `${kept.join('\n')}\n` : '',
		exitCode: kept.length > 0 ? 0 : 1,
	};
}
