import { t, type Locale } from '../../i18n/index.ts';
import { CopyCommandView } from './CopyCommandView.tsx';

interface Props {
	text: string;
	locale: Locale;
}

/** A command with a copy button, in the site's words for `locale` (CopyCommandView does the work). */
export function CopyCommand({ text, locale }: Props) {
	return (
		<CopyCommandView
			text={text}
			words={{
				copy: t(locale, 'common.copy'),
				copied: t(locale, 'common.copied'),
				failed: t(locale, 'tools.copyFailed'),
			}}
		/>
	);
}
