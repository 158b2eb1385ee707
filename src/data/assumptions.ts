import type { Localized, Source } from './types.ts';
import {
	ACTIVATE_CLIENTS as CLIENTS,
	ACTIVATION_ERROR_CODES as ERRORS,
	ERROR_F074 as TS_F074,
	KMS_COUNT_NOT_INCREASING as CMID_KB,
	KMS_DNS_PROCEDURES as DNS_PROCS,
	KMS_PLANNING as PLANNING,
	OFFICE_KMS,
	VOLUME_ACTIVATION_PLANNING as PLAN,
} from './sources.ts';

/**
 * What each engine assumption (src/engine/assumptions.ts) stands for: a bilingual label, a note
 * saying what is and is not confirmed, and the Microsoft pages it was checked against. The lab
 * lists them; slmgr's lab notes name them.
 */
export interface AssumptionInfo {
	/** The engine's name for it (a key of `Assumptions` in src/engine/assumptions.ts; a test checks both lists agree). */
	readonly id: string;
	readonly label: Localized;
	readonly note: Localized;
	readonly sources: readonly Source[];
}

const SYSPREP: Source = {
	title: 'Sysprep (Generalize) a Windows installation',
	url: 'https://learn.microsoft.com/windows-hardware/manufacture/desktop/sysprep--generalize--a-windows-installation',
};

export const ASSUMPTIONS: readonly AssumptionInfo[] = [
	{
		id: 'additionalGraceMinutes',
		label: {
			ja: '追加の猶予期間の長さ (既定 30 日)',
			en: 'Length of the Additional grace period (default 30 days)',
		},
		note: {
			ja: 'Microsoft が 30 日と明記しているのは Office だけです。現在の Windows クライアント/サーバーでの長さは未確認です。',
			en: 'Microsoft states 30 days for Office only. The length on current Windows client and server is unconfirmed.',
		},
		sources: [OFFICE_KMS],
	},
	{
		id: 'hostCacheClearedOnRestart',
		label: {
			ja: 'サービスの再起動で KMS ホストの CMID 一覧が消える',
			en: "A KMS service restart clears the host's CMID table",
		},
		note: {
			ja: '古い版の Microsoft のページには、KMS を再起動すると収集がやり直しになるとあります。現在の Windows でも同じかは未確認です。',
			en: "An older revision of Microsoft's planning page says collection starts again when the KMS is restarted. Whether current Windows does so is unconfirmed.",
		},
		sources: [PLAN],
	},
	{
		id: 'srvPriorityWeightHonoured',
		label: {
			ja: 'クライアントが SRV レコードの優先度と重みに従う',
			en: 'Clients honour SRV priority and weight',
		},
		note: {
			ja: '新しい Windows クライアントのページは現在のすべてのバージョンが使うと書き、古い DNS トラブルシューティングのページは使わないと書いています。新しい記述に合わせています。',
			en: 'The newer Windows client page says all supported versions use them; an older DNS troubleshooting page says KMS does not. KMS Lab follows the newer statement.',
		},
		sources: [CLIENTS, DNS_PROCS],
	},
	{
		id: 'publishFailureResult',
		label: {
			ja: 'SRV レコードの登録に失敗したときのイベント 12293 の HRESULT',
			en: 'HRESULT in event 12293 when publishing fails',
		},
		note: {
			ja: 'ゾーンが動的更新を受け付けないときの正確なコードは資料にありません。KMS ホストで記録される DNS サーバー エラー 0x8007232A を使っています。',
			en: 'The exact code when the zone refuses dynamic updates is not documented. KMS Lab uses 0x8007232A, the DNS server failure logged on KMS hosts.',
		},
		sources: [ERRORS],
	},
	{
		id: 'noInternetResult',
		label: {
			ja: 'インターネットに出られないときのオンライン ライセンス認証の結果',
			en: 'Result of online activation without internet access',
		},
		note: {
			ja: '0x80072EE7 は WinINet の名前解決エラーです。ライセンス認証に特化した説明は未確認です。',
			en: '0x80072EE7 is the generic WinINet name-resolution error; activation-specific guidance is unconfirmed.',
		},
		sources: [ERRORS],
	},
	{
		id: 'rearmLimit',
		label: { ja: '再設定 (rearm) できる回数', en: 'Number of rearms available' },
		note: {
			ja: '確認できたのは Sysprep の上限 (Windows 8.1 / Server 2012 R2 以降は 1001 回) だけです。バージョンごとの rearm 回数は未確認です。',
			en: 'Only the Sysprep limit is confirmed (1001 runs on Windows 8.1 / Server 2012 R2 and later). The rearm count per version is unconfirmed.',
		},
		sources: [SYSPREP],
	},
	{
		id: 'rearmResetsCmid',
		label: { ja: 'slmgr /rearm で CMID が変わる', en: 'slmgr /rearm gives a new CMID' },
		note: {
			ja: 'sysprep /generalize が CMID を作り直すことは確認済みです。Windows Vista / 7 の時代のサポート記事 (KB 929829) は、複製済みのコンピューターで slmgr /rearm を実行すると CMID が作り直されると回避策として書いていますが、現在の Windows で同じかどうかは未確認のため、既定では変えません。直し方として勧めるのは、イメージを一般化して展開し直すことです。',
			en: 'sysprep /generalize resetting the CMID is confirmed. A Windows Vista/7-era support article (KB 929829) gives slmgr /rearm on a deployed clone as a workaround that resets the CMID; whether current Windows does the same is unconfirmed, so by default it does not. The fix the site recommends is to generalize the image and redeploy.',
		},
		sources: [PLANNING, CMID_KB],
	},
	{
		id: 'installationIdDigits',
		label: {
			ja: 'インストール ID の桁数 (シミュレーション)',
			en: 'Digits in a simulated Installation ID',
		},
		note: {
			ja: '確認 ID が 48 桁であることは確認済みです。インストール ID の桁数は資料で確認していません。',
			en: 'The 48-digit Confirmation ID is confirmed; the Installation ID length was not checked against a source.',
		},
		sources: [ERRORS],
	},
	{
		id: 'unlistedEditionsCovered',
		label: {
			ja: '一覧に名前のないエディションもバージョン単位で認証する',
			en: 'Editions the host-key lists do not name are covered with their version',
		},
		note: {
			ja: 'Pro Education と Enterprise G は Microsoft のホスト キー一覧に明記されていません。',
			en: "Pro Education and Enterprise G are not named in Microsoft's host-key lists.",
		},
		sources: [PLANNING],
	},
	{
		id: 'missingUpdateResult',
		label: {
			ja: '必要な更新プログラムがない KMS ホストの応答 (0xC004F042)',
			en: 'Answer of a KMS host without the update it needs (0xC004F042)',
		},
		note: {
			ja: 'Microsoft は新しいバージョンを認証するために KMS ホストに必要な最小の更新プログラムを示していますが、更新がないときのエラーは明記していません。古すぎるホストの症状としては、クライアントの 0xC004F042 または 0xC004F074 と、ホストの「失敗した要求」の増加が挙げられています。KMS Lab では 0xC004F042 を返し、失敗した要求を数えます。',
			en: 'Microsoft lists the minimum updates a KMS host needs to activate newer versions but does not say which error a client gets when one is missing. For a host that is too old it names 0xC004F042 or 0xC004F074 on the client and a rising failed-request count on the host. KMS Lab answers 0xC004F042 and counts a failed request.',
		},
		sources: [PLANNING, TS_F074],
	},
];
