import type { LabLocale } from '../../lab/format.ts';
import { challengesEn } from './en.ts';
import { challengesJa } from './ja.ts';
import type { ChallengeCatalogue } from './types.ts';

/** The challenges' words in one locale (the panel is a lazy chunk; the index page renders them on the server). */
export function challengeCatalogue(locale: LabLocale): ChallengeCatalogue {
	return locale === 'ja' ? challengesJa : challengesEn;
}

export type { ChallengeCatalogue, ChallengeUi, ChallengeWords } from './types.ts';
