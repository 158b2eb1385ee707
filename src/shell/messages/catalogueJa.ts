import { ja, jaUsage, jaCommandList, jaSlmgrErrors } from './ja.ts';
import type { ShellCatalogue } from './index.ts';

/** The Japanese prompt's catalogue (kept apart from ja.ts, so ja.ts never imports index.ts, which imports its types). */
export const catalogue: ShellCatalogue = {
	lang: 'ja',
	messages: ja,
	usage: jaUsage,
	commandList: jaCommandList,
	slmgrErrors: jaSlmgrErrors,
};
