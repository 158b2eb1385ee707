/**
 * Measures the paste diagnosis (src/tools/diagnose) on inputs of up to 64 kB in several shapes:
 * many pastes at once, one huge paste wrapped at 80 columns, Japanese full-width text, events in
 * bulk, and hostile text (long runs, separators, markup). Prints the median and worst ms per
 * input after warm-up runs. Usage: node scripts/diagnose-perf.ts [runs]. Exits 1 when a median
 * misses the goal (≤ 50 ms per input).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { diagnose } from '../src/tools/diagnose/index.ts';

export const GOAL_MS = 50;
const KB64 = 65_536;
const SAMPLES = new URL('../tests/tools/diagnose/samples/', import.meta.url);

const real = readdirSync(SAMPLES)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => readFileSync(new URL(f, SAMPLES), 'utf8'));

/** `text` repeated until it fills `size` characters. */
function fill(text: string, size: number): string {
	return text.repeat(Math.ceil(size / text.length)).slice(0, size);
}

function wrap80(text: string): string {
	return text.replace(/[^\n]{80}(?=[^\n])/g, (m) => `${m}\n`);
}

const corpus = real.join('\n');
const fullWidth = corpus.replace(/[0-9A-Za-z:]/g, (c) =>
	String.fromCharCode(c.charCodeAt(0) + 0xfee0)
);
const infoLine =
	'0xC004F074, 0x00000000, kms01.corp.contoso.com:1688, 36f27b39-2fd5-440b-be67-a09996d27a38, 2026/01/05 14:00, 0, 2, 43200, 68531fb9-5511-4989-97be-d11a0f55633f, 25';
const event = `Event[0]:\n  Log Name: Application\n  Event ID: 12288\n  Description: \nThe client has sent an activation request to the key management service machine.\nInfo:\n${infoLine}\n\n`;

export const SHAPES: readonly { name: string; texts: () => string[] }[] = [
	{
		name: '16 pastes of 4 kB',
		texts: () => Array.from({ length: 16 }, (_, i) => fill(real[i % real.length] as string, 4096)),
	},
	{ name: 'one 64 kB paste, wrapped at 80', texts: () => [wrap80(fill(`${corpus}\n`, KB64))] },
	{ name: 'one 64 kB paste, full-width', texts: () => [fill(`${fullWidth}\n`, KB64)] },
	{ name: '64 kB of events (wevtutil text)', texts: () => [fill(event, KB64)] },
	{ name: 'hostile: 64 kB on one line', texts: () => ['x:'.repeat(KB64 / 2)] },
	{ name: 'hostile: 64 kB of separators', texts: () => [fill('0x-0x-0x,,,::<br/>\r', KB64)] },
	{ name: 'hostile: 64 kB of 79-column lines', texts: () => [fill(`${'a'.repeat(79)}\n`, KB64)] },
	{
		name: 'hostile: 4 × 64 kB random bytes',
		texts: () =>
			Array.from({ length: 4 }, (_, k) =>
				Array.from({ length: KB64 }, (_, i) =>
					String.fromCharCode(((i * 7919 + k * 104729) % 0x2fff) + 1)
				).join('')
			),
	},
];

function median(values: readonly number[]): number {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] as number;
}

export function measure(
	runs: number
): { name: string; kb: number; medianMs: number; worstMs: number }[] {
	return SHAPES.map((shape) => {
		const texts = shape.texts();
		for (let i = 0; i < 3; i++) diagnose(texts);
		const times: number[] = [];
		for (let i = 0; i < runs; i++) {
			const start = performance.now();
			diagnose(texts);
			times.push(performance.now() - start);
		}
		const kb = texts.reduce((n, t) => n + t.length, 0) / 1024;
		return {
			name: shape.name,
			kb: Math.round(kb),
			medianMs: median(times),
			worstMs: Math.max(...times),
		};
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const runs = Number(process.argv[2] ?? 15);
	const rows = measure(Number.isInteger(runs) && runs > 0 ? runs : 15);
	console.log(
		`${'input'.padEnd(36)} ${'kB'.padStart(5)} ${'median ms'.padStart(10)} ${'worst ms'.padStart(9)}`
	);
	for (const r of rows)
		console.log(
			`${r.name.padEnd(36)} ${String(r.kb).padStart(5)} ${r.medianMs.toFixed(1).padStart(10)} ${r.worstMs.toFixed(1).padStart(9)}`
		);
	const missed = rows.filter((r) => r.medianMs > GOAL_MS);
	console.log(
		missed.length === 0
			? `goal met: every median ≤ ${GOAL_MS} ms per input`
			: `goal missed (> ${GOAL_MS} ms): ${missed.map((r) => r.name).join(', ')}`
	);
	process.exitCode = missed.length === 0 ? 0 : 1;
}
