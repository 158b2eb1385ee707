import type { Localized, Source } from './types.ts';

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
];
