import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import config from '../../eslint.config.mjs';

/**
 * The folder dependency rules in eslint.config.mjs (ARCHITECTURE.md): each is run on a one-line
 * file placed in the folder it governs, so a typo in a pattern shows up here and not as silence.
 */

/** Only the `no-restricted-imports` entries of the project config: they need no type information. */
const boundaries = (config as Linter.Config[])
	.filter((entry) => entry.rules?.['no-restricted-imports'] !== undefined)
	.map((entry) => ({ files: entry.files, rules: entry.rules }));

function restricted(path: string, specifier: string): string[] {
	const linter = new Linter({ configType: 'flat' });
	const messages = linter.verify(
		`import x from '${specifier}';\nexport default x;\n`,
		[{ files: ['**/*.ts'], languageOptions: { sourceType: 'module' } }, ...boundaries],
		path
	);
	return messages.map((m) => m.ruleId ?? m.message);
}

describe('folder dependency rules', () => {
	it.each([
		['src/engine/simulation.ts', '../lab/session.ts'],
		['src/engine/rules/kms.ts', '../../shell/index.ts'],
		['src/engine/core.ts', '../i18n/index.ts'],
		['src/engine/core.ts', '../components/lab/LabApp.tsx'],
		['src/engine/core.ts', '../cli/sim.ts'],
		['src/engine/core.ts', '../tools/errorCode.ts'],
		['src/engine/core.ts', 'preact'],
		['src/engine/core.ts', '@preact/signals'],
		['src/data/timers.ts', '../engine/index.ts'],
		['src/data/quiz/index.ts', '../../engine/types.ts'],
		['src/data/errors.ts', '../components/lab/LabApp.tsx'],
		['scripts/lighthouse.ts', '../tests/browser/support.ts'],
	])('%s may not import %s', (path, specifier) => {
		expect(restricted(path, specifier)).toEqual(['no-restricted-imports']);
	});

	it.each([
		['src/engine/rules/kms.ts', '../../data/timers.ts'],
		['src/engine/simulation.ts', './rules/kms.ts'],
		['src/data/quiz/index.ts', '../../i18n/index.ts'],
		['src/lab/session.ts', '../engine/index.ts'],
		['src/lab/store.ts', '@preact/signals'],
		['tests/browser/lab.test.ts', '../../scripts/lib/browser.ts'],
		['scripts/lighthouse.ts', './lib/browser.ts'],
	])('%s may import %s', (path, specifier) => {
		expect(restricted(path, specifier)).toEqual([]);
	});
});
