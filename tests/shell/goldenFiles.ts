import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/**
 * Golden files are written on a developer's machine and reviewed like any text; in CI a missing
 * one is a forgotten file, so the run fails instead of writing it (and passing against itself).
 */

/** True when the CI variable is set to anything but an empty string, "0" or "false". */
export function isCi(env: NodeJS.ProcessEnv): boolean {
	const value = env.CI?.trim().toLowerCase();
	return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/** What to do with one golden file: compare with it, write it (first run, locally), or fail. */
export function goldenAction(
	env: NodeJS.ProcessEnv,
	exists: boolean
): 'compare' | 'write' | 'fail' {
	if (exists) return 'compare';
	return isCi(env) ? 'fail' : 'write';
}

/** Compares `text` with the golden file at `path` (relative to the test file at `testUrl`). */
export async function expectGolden(text: string, path: string, testUrl: string): Promise<void> {
	const file = fileURLToPath(new URL(path, testUrl));
	if (goldenAction(process.env, existsSync(file)) === 'fail')
		throw new Error(
			`Golden file ${file} is missing and CI is set, so it is not written. Run the test locally to write it, review it and commit it.`
		);
	await expect(text).toMatchFileSnapshot(path);
}
