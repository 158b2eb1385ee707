import { useEffect, useState } from 'preact/hooks';
import { t, type Locale } from '../../i18n/index.ts';

interface Props {
	text: string;
	locale: Locale;
}

/**
 * A command in <code> with a copy button. The button appears only once the island runs in a
 * secure context with the Clipboard API, so nobody meets a button that does nothing; the text
 * can always be selected by hand.
 */
export function CopyCommand({ text, locale }: Props) {
	const [canCopy, setCanCopy] = useState(false);
	const [status, setStatus] = useState('');
	useEffect(() => {
		setCanCopy(typeof window !== 'undefined' && window.isSecureContext && typeof navigator.clipboard?.writeText === 'function');
	}, []);
	useEffect(() => {
		if (status === '') return;
		const timer = window.setTimeout(() => setStatus(''), 2500);
		return () => window.clearTimeout(timer);
	}, [status]);

	async function copy(): Promise<void> {
		try {
			await navigator.clipboard.writeText(text);
			setStatus(t(locale, 'common.copied'));
		} catch {
			setStatus(t(locale, 'tools.copyFailed'));
		}
	}

	return (
		<div class="kt-cmd">
			<code class="kt-cmd__text">{text}</code>
			{canCopy && (
				<button type="button" class="kt-button kt-button--small" onClick={() => void copy()}>
					{t(locale, 'common.copy')}
					<span class="kt-sr"> {text}</span>
				</button>
			)}
			<span class="kt-cmd__status" role="status">
				{status}
			</span>
		</div>
	);
}
