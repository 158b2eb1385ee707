import { localePath, type Locale } from '../../i18n/index.ts';
import { figureStrings, type FigureStrings } from '../../i18n/figures.ts';

/** What every figure wrapper needs from its page: the locale's words and the simulator's path. */
export function figureContext(
	url: URL,
	locale: Locale | undefined
): { locale: Locale; strings: FigureStrings; simulatorPath: string } {
	const chosen = locale ?? (url.pathname.startsWith('/en/') ? 'en' : 'ja');
	return {
		locale: chosen,
		strings: figureStrings(chosen),
		simulatorPath: localePath(chosen, '/simulator/'),
	};
}
