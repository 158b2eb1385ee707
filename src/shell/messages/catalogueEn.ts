import { en, enUsage, enCommandList, enSlmgrErrors } from './en.ts';
import type { ShellCatalogue } from './index.ts';

/** The English prompt's catalogue (kept apart from en.ts, so en.ts never imports index.ts, which imports its types). */
export const catalogue: ShellCatalogue = {
	lang: 'en',
	messages: en,
	usage: enUsage,
	commandList: enCommandList,
	slmgrErrors: enSlmgrErrors,
};
