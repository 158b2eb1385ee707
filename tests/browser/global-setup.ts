import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve.ts';
import { DIST_DIR } from './support.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

/** Serves the built site once for all browser tests. */
export default async function setup(project: TestProject) {
	if (!existsSync(`${DIST_DIR}/index.html`)) {
		throw new Error(
			`No built site in ${DIST_DIR}/. Run \`npm run build\` before \`npm run test:browser\`.`
		);
	}
	const { url, server } = await serveStatic(DIST_DIR);
	project.provide('baseURL', url);
	return async () => {
		await new Promise((done) => server.close(done));
	};
}
