/** Entry point of `npm run diagnose` (see diagnoseCli.ts). */
import { readSync } from 'node:fs';
import { MAX_STDIN_BYTES, runDiagnoseCli } from './diagnoseCli.ts';

/** Standard input, at most MAX_STDIN_BYTES; null when it is a terminal (nothing was piped in). */
function readStdin(): { text: string | null; truncated: boolean } {
	if (process.stdin.isTTY === true) return { text: null, truncated: false };
	const buffer = Buffer.alloc(MAX_STDIN_BYTES + 1);
	let length = 0;
	try {
		for (;;) {
			const n = readSync(0, buffer, length, buffer.length - length, null);
			if (n === 0) break;
			length += n;
			if (length >= buffer.length) break;
		}
	} catch {
		// EOF (Windows at the end of a pipe), EAGAIN (a non-blocking stdin with nothing in it), a
		// closed stdin: the input ends there, and what was read is the input.
	}
	const truncated = length > MAX_STDIN_BYTES;
	return {
		text: buffer.subarray(0, Math.min(length, MAX_STDIN_BYTES)).toString('utf8'),
		truncated,
	};
}

const input = readStdin();
// runDiagnoseCli has already escaped control characters in both streams: write them as they are.
const result = runDiagnoseCli(process.argv.slice(2), input.text, input.truncated);
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
