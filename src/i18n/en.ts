import type { UiStrings } from './index.ts';

/** KMS Lab's own UI strings, English. */
export const en: UiStrings = {
	'footer.disclaimer': 'KMS Lab is an independent educational site, not affiliated with Microsoft.',
	'footer.factsChecked': 'Facts checked on',
	'footer.about': 'About this site',
	'common.sources': 'Sources',
	'common.copy': 'Copy',
	'common.copied': 'Copied',
	'common.unconfirmed': 'Unconfirmed',
	'guides.copyFailed': "Couldn't copy. Select the text and copy it by hand.",
};
