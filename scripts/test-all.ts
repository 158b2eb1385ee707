/**
 * `npm test`: every check, in order, stopping at the first failure.
 * 1 lint and format (after astro sync) · 2 type checks · 3 unit tests · 4 production build (link validation) ·
 * 5 browser tests · 6 page weight · 7 Lighthouse.
 */
import { spawnSync } from 'node:child_process';

const steps: Array<[string, string[]]> = [
	// Lint reads types, so Astro's generated ones (.astro/, content collections) must exist first.
	['Generate Astro types (astro sync)', ['node_modules/astro/bin/astro.mjs', 'sync']],
	['Lint (ESLint, no warnings)', ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings', '0']],
	['Format (Prettier --check)', ['node_modules/prettier/bin/prettier.cjs', '--check', '.']],
	['Type check (astro check)', ['node_modules/astro/bin/astro.mjs', 'check']],
	['Type check (tsc --noEmit)', ['node_modules/typescript/bin/tsc', '--noEmit']],
	['Unit tests (Vitest)', ['node_modules/vitest/vitest.mjs', 'run']],
	['Production build with link validation', ['node_modules/astro/bin/astro.mjs', 'build']],
	[
		'Browser tests (Chromium)',
		['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.browser.config.ts'],
	],
	['Page weight', ['scripts/page-weight.ts']],
	['Lighthouse', ['scripts/lighthouse.ts']],
];

const started = Date.now();
for (const [index, [name, args]] of steps.entries()) {
	console.log(`\n=== ${index + 1}/${steps.length} ${name} ===`);
	const stepStart = Date.now();
	const result = spawnSync(process.execPath, args, {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
	if (result.status !== 0) {
		console.error(
			`\n✗ ${name} failed after ${seconds} s (exit ${result.status ?? result.signal}).`
		);
		process.exit(1);
	}
	console.log(`✓ ${name} (${seconds} s)`);
}
console.log(
	`\nAll ${steps.length} steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`
);
