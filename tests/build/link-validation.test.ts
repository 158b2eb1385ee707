import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

// Proves that a broken internal link fails the build in a project laid out like ours.
test('a broken internal link fails the build and names the link', () => {
	const result = spawnSync(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'build', '--root', 'tests/fixtures/broken-link'],
		{
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		}
	);
	const output = result.stdout + result.stderr;
	expect(result.status, output).not.toBe(0);
	expect(output).toContain('/no-such-page/');
	expect(output).not.toMatch(/\/other\/\s*\n\s*·\s*╰── invalid link/);
	expect(output).toMatch(/Found 1 invalid link/);
}, 120_000);
