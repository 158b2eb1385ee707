import { en as enResults } from '../../i18n/results/en.ts';
import { ja as jaResults } from '../../i18n/results/ja.ts';
import { catalogue as en } from './catalogueEn.ts';
import { catalogue as ja } from './catalogueJa.ts';
import type { ShellCatalogue, ShellLang } from './index.ts';

/**
 * Both languages, for the CLI (`npm run sim -- --exec`) and the tests. The lab's terminal imports
 * `src/shell/terminalJa.ts` or `terminalEn.ts` instead, so a page never downloads the other language.
 */
const CATALOGUES: Readonly<Record<ShellLang, ShellCatalogue>> = {
	en: { ...en, results: enResults },
	ja: { ...ja, results: jaResults },
};

export function catalogueFor(lang: ShellLang): ShellCatalogue {
	return CATALOGUES[lang];
}
