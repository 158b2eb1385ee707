import { OUR_READING } from './errorMeanings.ts';
import type { Localized, Source } from './types.ts';

const SUPPORT_ACTIVATE_JA: Source = {
	title: 'Windows のライセンス認証を行う (Microsoft サポート)',
	url: 'https://support.microsoft.com/ja-jp/windows/windows-%E3%81%AE%E3%83%A9%E3%82%A4%E3%82%BB%E3%83%B3%E3%82%B9%E8%AA%8D%E8%A8%BC%E3%82%92%E8%A1%8C%E3%81%86-c39005d4-95ee-b91e-b399-2820fda32227',
};

/**
 * What Japanese Windows itself prints or shows about activation, so that a Japanese administrator
 * can search the site with the text on their screen. Only texts that a public Microsoft source
 * shows in Japanese are listed here; the other Japanese labels the lab prints are its own
 * translations (see `jaOrigin` in src/data/diagnosis.ts).
 */

export interface JapaneseWindowsText {
	readonly id: string;
	/** The text as Japanese Windows shows it (as the source quotes it). */
	readonly ja: string;
	/** The English Windows text it stands for. */
	readonly en: string;
	/** Where it appears. */
	readonly where: Localized;
	/** How exact the quote is, in the source's own words. */
	readonly fidelity: Localized;
	readonly sources: readonly Source[];
}

export const JAPANESE_WINDOWS_TEXTS: readonly JapaneseWindowsText[] = [
	{
		id: 'error-0xc004f074',
		ja: 'エラー: 0xC004F074 ソフトウェア ライセンス サービスで、コンピューターのライセンス認証ができなかったことが報告されました。キー管理サービス (KMS) に接続できませんでした。詳細については、アプリケーション イベント ログを参照してください。',
		en: 'Error: 0xC004F074 The Software Licensing Service reported that the computer could not be activated. No Key Management Service (KMS) could be contacted. Please see the Application Event Log for additional information.',
		where: {
			ja: 'slmgr /ato の結果 (Windows Script Host)',
			en: 'The result of slmgr /ato (Windows Script Host)',
		},
		fidelity: {
			ja: '日本マイクロソフトの Azure サポート チームのブログが「以下のようなエラーメッセージ」として引用している文です。',
			en: 'Quoted by Microsoft Japan\'s Azure support team blog as "an error message like the following".',
		},
		sources: [
			{
				title:
					'Azure KMS の IP アドレスが変わります (Japan Azure IaaS Core Support Blog, 2022-09-20)',
				url: 'https://jpaztech.github.io/blog/vm/azure-kms-update/',
			},
		],
	},
	{
		id: 'system-activated',
		ja: 'Windows はライセンス認証されています',
		en: 'Windows is activated',
		where: { ja: 'コントロール パネルの [システム]', en: 'The System item of Control Panel' },
		fidelity: {
			ja: 'Microsoft の日本語版ページ (MAK ライセンス認証の既知の問題、2019 年の版) が、[システム] で探す表示として引用している文です。Windows 10 / 11 の [設定] の表示ではありません。',
			en: "Quoted by Microsoft's Japanese page (MAK activation known issues, 2019 text) as what to look for in System. It is not the text of Settings in Windows 10 / 11.",
		},
		sources: [
			{
				title:
					'MAK ライセンス認証の既知の問題 (Japanese localization of windowsserverdocs, 2019 text)',
				url: 'https://github.com/hyoshioka0128/windowsserverdocs.ja-jp/blob/85ae78037053bd0df4df8fc92c46396eb316a041/WindowsServerDocs/get-started/activation-troubleshoot-mak-issues.md',
			},
		],
	},
	{
		id: 'settings-activated',
		ja: 'Windows はライセンス認証済みです',
		en: 'Windows is activated',
		where: {
			ja: '[設定] の [ライセンス認証] ページ (Windows 11 / Windows 10)',
			en: 'The Activation page of Settings (Windows 11 / Windows 10)',
		},
		fidelity: {
			ja: 'Microsoft サポートの日本語ページ「Windows のライセンス認証を行う」が、[ライセンス認証] ページに出る状態のメッセージの 1 つとして挙げている文です。',
			en: 'Listed by the Japanese version of Microsoft Support\'s page "Activate Windows" as one of the status messages of the Activation page.',
		},
		sources: [SUPPORT_ACTIVATE_JA],
	},
];

/**
 * Texts Japanese administrators report from their screens that no Microsoft source shows in
 * Japanese: the site's own unverified reading, listed so the Japanese site can be searched with
 * them, and shown with that label. Never read them as Windows' confirmed wording.
 */
export interface UnverifiedJapaneseText {
	readonly id: string;
	readonly ja: string;
	/** What it stands for in English Windows, as far as known. */
	readonly en: string;
	readonly where: Localized;
	/** What is and is not known about it. */
	readonly note: Localized;
}

export const UNVERIFIED_JAPANESE_TEXTS: readonly UnverifiedJapaneseText[] = [
	{
		id: 'activated',
		ja: 'アクティブ化されました',
		en: 'Activated (the state shown after activation)',
		where: {
			ja: '[設定] の [システム] > [ライセンス認証] (Windows 11)',
			en: 'Settings > System > Activation (Windows 11)',
		},
		note: {
			ja: `${OUR_READING.ja} 日本語版 Windows 11 でライセンス認証の状態として報告されている表示です。Microsoft の日本語ページで確認できたのは「アクティブ化の状態」という欄の名前と「Windows はライセンス認証済みです」という状態の文で、この文そのものは確認できていません。Microsoft の文書での用語は「ライセンス認証」です。`,
			en: `${OUR_READING.en} reported as the activation state on Japanese Windows 11. Microsoft's Japanese pages show the field name "アクティブ化の状態" (activation state) and the status sentence "Windows はライセンス認証済みです", but not this text itself. Microsoft's documents call activation ライセンス認証.`,
		},
	},
	{
		id: 'expiry-notification',
		ja: 'Windows のライセンスの有効期限がまもなく切れます',
		en: 'The notification that the Windows license will expire soon (exact English text not confirmed)',
		where: {
			ja: '通知 (トースト) と [ライセンス認証] ページ。KMS の更新が失敗し続けた PC で、期限の 30 日前から',
			en: 'A toast notification and the Activation page, from 30 days before expiry on a machine whose KMS renewals keep failing',
		},
		note: {
			ja: `${OUR_READING.ja} 更新の失敗を知らせる通知が期限の 30 日前から出ることは Microsoft の KMS のトラブルシューティングのページに書かれていますが、日本語の文面は Microsoft の資料で確認できていません。ここにある文は報告されている表示の一例で、実際の表記と違う場合があります。`,
			en: `${OUR_READING.en} Microsoft's KMS troubleshooting page says a notification appears 30 days before the period ends when renewals keep failing, but no Microsoft source shows its Japanese wording. The text here is one reported form and may differ from what Windows shows.`,
		},
	},
];
