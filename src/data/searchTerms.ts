/**
 * What administrators type into the site search that a page does not say in those words: the
 * other language's term (「ライセンス認証」 on the English site, "KMS host" on the Japanese one) and
 * everyday phrasings ("offline activation", 「200 日」). Pagefind indexes each language apart, so
 * every term listed for a page is indexed on both of its locales, as hidden text at the top of the
 * page (src/components/starlight/PageTitle.astro). Terms use Microsoft's Japanese wording.
 *
 * The forms an error code is typed in are made from the code itself (errorCodeSearchForms), not
 * listed here.
 */

export interface PageSearchTerms {
	/** The page's slug without its locale prefix: `guides/mak`. */
	readonly page: string;
	/** Japanese terms and phrasings. */
	readonly ja: readonly string[];
	/** English terms and phrasings. */
	readonly en: readonly string[];
}

export const PAGE_SEARCH_TERMS: readonly PageSearchTerms[] = [
	{
		page: 'guides/basics',
		ja: ['ライセンス認証', 'ボリューム ライセンス認証', 'ボリューム ライセンス'],
		en: ['activation', 'volume activation', 'volume licensing'],
	},
	{
		page: 'guides/kms-host-setup',
		ja: ['KMS ホスト', 'KMS ホストの構築', 'KMS サーバー'],
		en: ['KMS host', 'KMS server', 'set up a KMS host'],
	},
	{
		page: 'guides/kms-client-setup',
		ja: ['KMS クライアント', 'KMS クライアント セットアップ キー'],
		en: ['KMS client', 'KMS client setup key'],
	},
	{
		page: 'guides/how-kms-works',
		ja: ['しきい値', 'カウント', '最小台数', '最低台数', '何台から'],
		en: [
			'threshold',
			'count',
			'minimum count',
			'minimum number of computers',
			'how many computers',
		],
	},
	{
		page: 'guides/mak',
		ja: [
			'オフライン',
			'オフライン認証',
			'電話によるライセンス認証',
			'インターネットに接続できない',
		],
		en: ['offline', 'offline activation', 'phone activation', 'no internet'],
	},
	{
		page: 'guides/lifecycle',
		ja: ['有効期限', '期限切れ', '180 日', '200 日', '長期間つながらない'],
		en: ['expiry', 'expired', '180 days', '200 days', 'away for months'],
	},
	{
		page: 'guides/adba',
		ja: ['Active Directory ベースのライセンス認証', 'ライセンス認証オブジェクト'],
		en: ['Active Directory-based activation', 'activation object'],
	},
	{
		page: 'guides/error-codes',
		ja: ['エラー コード', 'エラー番号'],
		en: ['error code', 'error number'],
	},
	{
		page: 'guides/troubleshooting',
		ja: ['トラブルシューティング', 'ライセンス認証できない'],
		en: ['troubleshooting', 'activation fails'],
	},
];

/** The terms indexed on a page (both languages), or none: `id` is Starlight's entry id (`en/guides/mak`). */
export function searchTermsFor(id: string): readonly string[] {
	const page = id.replace(/^en\//, '');
	const entry = PAGE_SEARCH_TERMS.find((terms) => terms.page === page);
	return entry === undefined ? [] : [...entry.ja, ...entry.en];
}

/** Half-width ASCII to its full-width form (`0xC0` → `０ｘＣ０`), as a Japanese IME may type it. */
function fullWidth(text: string): string {
	return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/**
 * The other ways an administrator types a code such as `0xC004F074`: without `0x`
 * (`C004F074`), as unsigned and signed decimals (`3221549172`, `-1073418124`, what some tools
 * print) and full width (`０ｘＣ００４Ｆ０７４`). The code itself is already on the page; Pagefind
 * matches without regard to case.
 */
export function errorCodeSearchForms(code: string): string[] {
	const value = Number.parseInt(code.slice(2), 16);
	const bare = code.slice(2).toUpperCase();
	const unsigned = String(value >>> 0);
	const signed = String(value | 0);
	return [bare, unsigned, signed, fullWidth(code), fullWidth(bare), fullWidth(unsigned)];
}
