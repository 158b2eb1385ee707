import { catalogue as en } from './catalogueEn.ts';
import { catalogue as ja } from './catalogueJa.ts';
import type { ShellCatalogue, ShellLang } from './index.ts';

/**
 * Both languages, for the CLI (`npm run sim -- --exec`) and the tests. The lab's terminal imports
 * `src/shell/terminalJa.ts` or `terminalEn.ts` instead, so a page never downloads the other language.
 */
const CATALOGUES: Readonly<Record<ShellLang, ShellCatalogue>> = { en, ja };

export function catalogueFor(lang: ShellLang): ShellCatalogue {
	return CATALOGUES[lang];
}
