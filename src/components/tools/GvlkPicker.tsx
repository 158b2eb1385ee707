import { useEffect, useState } from 'preact/hooks';
import { GVLK_PAGE_REVISION } from '../../data/products.ts';
import { HOST_OS_NAMES, UNLISTED_EDITIONS_NOTE } from '../../data/hostKeys.ts';
import { GVLK_SOURCE, HOST_KEY_SOURCE, learnUrlFor } from '../../data/sources.ts';
import { formatDate, localePath, t, type Locale, type UiKey } from '../../i18n/index.ts';
import { DEFAULT_PRODUCT_ID, pickGvlk, productsByVersion } from '../../tools/gvlkPicker.ts';
import { fill } from '../../tools/text.ts';
import { CopyCommand } from './CopyCommand.tsx';

interface Props {
	locale: Locale;
}

function readProduct(): string {
	try {
		return new URLSearchParams(window.location.search).get('product') ?? DEFAULT_PRODUCT_ID;
	} catch {
		return DEFAULT_PRODUCT_ID;
	}
}

/** Choose an edition, get its GVLK, the exact commands, and the host keys that can activate it. */
export function GvlkPicker({ locale }: Props) {
	const [productId, setProductId] = useState(DEFAULT_PRODUCT_ID);
	const [ready, setReady] = useState(false);
	const s = (key: UiKey) => t(locale, key);

	useEffect(() => {
		setProductId(pickGvlk(readProduct()).product.id);
		setReady(true);
	}, []);

	function choose(id: string): void {
		const choice = pickGvlk(id);
		setProductId(choice.product.id);
		try {
			const url = new URL(window.location.href);
			url.searchParams.set('product', choice.product.id);
			window.history.replaceState(window.history.state, '', url);
		} catch {
			// The picker works without the URL too.
		}
	}

	const choice = pickGvlk(productId);
	const { product } = choice;
	return (
		<div class="kt-gvlk">
			<label class="kt-gvlk__label" for="kt-gvlk-product">
				{s('tools.gvlk.product')}
			</label>
			<select
				id="kt-gvlk-product"
				value={product.id}
				onChange={(event) => choose(event.currentTarget.value)}
			>
				{productsByVersion().map((group) => (
					<optgroup key={group.version} label={group.version}>
						{group.products.map((p) => (
							<option key={p.id} value={p.id}>
								{p.name[locale]}
							</option>
						))}
					</optgroup>
				))}
			</select>
			{!ready && (
				<p class="kt-hint">
					{s('tools.gvlk.noscript')}{' '}
					<a href={localePath(locale, '/guides/kms-client-setup/')}>{s('tools.gvlk.tableLink')}</a>
				</p>
			)}

			<section class="kt-gvlk__result" aria-live="polite">
				<h2>{product.name[locale]}</h2>
				<p class="kt-label">{s('tools.gvlk.key')}</p>
				<p class="kt-gvlk__key">
					<code>{product.gvlk}</code>
				</p>
				<p class="kt-label">{s('tools.gvlk.commands')}</p>
				{choice.commands.map((command) => (
					<CopyCommand key={command} text={command} locale={locale} />
				))}
			</section>

			<aside class="kt-callout" aria-label={s('tools.gvlk.reminderTitle')}>
				<p>
					<strong>{s('tools.gvlk.reminderTitle')}</strong>
				</p>
				<p>{s('tools.gvlk.reminder')}</p>
			</aside>

			<section class="kt-gvlk__hosts">
				<h2>{s('tools.gvlk.hostKeys')}</h2>
				{choice.hostGroups.length === 0 ? (
					<p>{s('tools.gvlk.noHostKey')}</p>
				) : (
					<ul>
						{choice.hostGroups.map((group) => (
							<li key={group.id}>
								<strong>{group.name[locale]}</strong>
								<br />
								{s('tools.gvlk.hostedOn')}:{' '}
								{group.hostedOn
									.map((os) => HOST_OS_NAMES[os][locale])
									.join(locale === 'ja' ? '、' : ', ')}
								{group.note !== undefined && (
									<>
										<br />
										<small>{group.note[locale]}</small>
									</>
								)}
							</li>
						))}
					</ul>
				)}
				{choice.coverageUnconfirmed && (
					<p class="kt-unconfirmed">
						<span class="kt-badge">{s('common.unconfirmed')}</span> {UNLISTED_EDITIONS_NOTE[locale]}
					</p>
				)}
				{product.adbaCapable && <p>{s('tools.gvlk.adba')}</p>}
			</section>
			<p class="kt-hint">
				{fill(s('tools.gvlk.revision'), { date: formatDate(locale, GVLK_PAGE_REVISION) })}{' '}
				<a href={learnUrlFor(GVLK_SOURCE.url, locale)} rel="noopener">
					{GVLK_SOURCE.title}
				</a>{' '}
				/{' '}
				<a href={learnUrlFor(HOST_KEY_SOURCE.url, locale)} rel="noopener">
					{HOST_KEY_SOURCE.title}
				</a>
			</p>
		</div>
	);
}
