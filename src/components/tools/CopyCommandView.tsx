import { useEffect, useState } from 'preact/hooks';

export interface CopyWords {
	readonly copy: string;
	readonly copied: string;
	readonly failed: string;
}

interface Props {
	text: string;
	words: CopyWords;
}

/**
 * A command in <code> with a copy button, given its words: CopyCommand passes them from the site's
 * strings, an island that carries one language's words passes its own. The button appears only
 * once the island runs in a secure context with the Clipboard API, so nobody meets a button that
 * does nothing; the text can always be selected by hand.
 */
export function CopyCommandView({ text, words }: Props) {
	const [canCopy, setCanCopy] = useState(false);
	const [status, setStatus] = useState('');
	useEffect(() => {
		setCanCopy(
			typeof window !== 'undefined' &&
				window.isSecureContext &&
				typeof navigator.clipboard?.writeText === 'function'
		);
	}, []);
	useEffect(() => {
		if (status === '') return;
		const timer = window.setTimeout(() => setStatus(''), 2500);
		return () => window.clearTimeout(timer);
	}, [status]);

	async function copy(): Promise<void> {
		try {
			await navigator.clipboard.writeText(text);
			setStatus(words.copied);
		} catch {
			setStatus(words.failed);
		}
	}

	return (
		<div class="kt-cmd">
			<code class="kt-cmd__text">{text}</code>
			{canCopy && (
				<button type="button" class="kt-button kt-button--small" onClick={() => void copy()}>
					{words.copy}
					<span class="kt-sr"> {text}</span>
				</button>
			)}
			<span class="kt-cmd__status" role="status">
				{status}
			</span>
		</div>
	);
}
