import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes `text` to a fresh temporary directory and returns the file's path. */
export function tempFile(name: string, text: string | Uint8Array): string {
	const dir = mkdtempSync(join(tmpdir(), 'kms-sim-'));
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

/** C0 and C1 control characters other than \n and \t: none may reach the terminal. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
