import { OUR_READING } from './errorMeanings.ts';
import type { Localized, Source } from './types.ts';
import {
	ACTIVATION_ERROR_CODES,
	NOT_GENUINE_NOTIFICATIONS,
	SLERROR_H,
	SLMGR_PAGE,
} from './sources.ts';

/**
 * The "Notification Reason:" line of `slmgr /dlv` (and `/dli`). slmgr.vbs prints it under
 * "License Status: Notification" with the product's LicenseStatusReason: 0xC004F200 gets
 * "(non-genuine).", 0xC004F009 "(grace time expired).", any other code only the code.
 */

export const NOTIFICATION_REASON_SOURCES = {
	slmgrVbs: {
		title: 'slmgr.vbs (%SystemRoot%\\System32, Microsoft), its built-in strings',
		url: SLMGR_PAGE.url,
	},
	product: {
		title: 'SoftwareLicensingProduct class (LicenseStatusReason)',
		url: 'https://learn.microsoft.com/previous-versions/windows/desktop/sppwmi/softwarelicensingproduct',
	},
	notGenuine: NOT_GENUINE_NOTIFICATIONS,
	errorCodes: ACTIVATION_ERROR_CODES,
	slerror: SLERROR_H,
} as const satisfies Record<string, Source>;
const S = NOTIFICATION_REASON_SOURCES;

/** The label as English slmgr prints it. */
export const NOTIFICATION_REASON_LABEL = 'Notification Reason:';

export interface NotificationReason {
	/** `0x` and eight upper-case hex digits; the error reference has an entry for each. */
	readonly code: string;
	/** The whole line as English slmgr prints it. */
	readonly line: string;
	readonly meaning: Localized;
	/** True when slmgr.vbs names the reason itself; false when it prints only the code. */
	readonly namedBySlmgr: boolean;
	/** What is unconfirmed, or a reading of ours (after OUR_READING). */
	readonly disputed?: Localized;
	readonly sources: readonly Source[];
}

export const NOTIFICATION_REASONS: readonly NotificationReason[] = [
	{
		code: '0xC004F009',
		line: 'Notification Reason: 0xC004F009 (grace time expired).',
		meaning: {
			ja: '猶予期間が終わり、ライセンス認証されないまま通知状態になりました。',
			en: 'The grace period ended before the system was activated; it is in the Notifications state.',
		},
		namedBySlmgr: true,
		sources: [S.slmgrVbs, S.errorCodes],
	},
	{
		code: '0xC004F200',
		line: 'Notification Reason: 0xC004F200 (non-genuine).',
		meaning: {
			ja: '正規品ではないと判断された状態です (slerror.h の SL_E_NOT_GENUINE)。KB 4487266 の Windows 7 の事例で、slmgr /dlv がこの行を表示しました。',
			en: "The state was judged not genuine (slerror.h SL_E_NOT_GENUINE). In KB 4487266's Windows 7 case, slmgr /dlv printed this line.",
		},
		namedBySlmgr: true,
		sources: [S.slmgrVbs, S.notGenuine, S.slerror],
	},
	{
		code: '0xC004FC07',
		line: 'Notification Reason: 0xC004FC07.',
		meaning: {
			ja: '有効期間が終わりました (slerror.h の SL_E_VALIDITY_PERIOD_EXPIRED)。',
			en: 'The validity period expired (slerror.h SL_E_VALIDITY_PERIOD_EXPIRED).',
		},
		namedBySlmgr: false,
		disputed: {
			ja: `${OUR_READING.ja} 期限が切れた評価版 (説明が TIMEBASED_EVAL) の出力で見られます。Microsoft のページはこの対応を示していません。`,
			en: `${OUR_READING.en} seen in outputs of expired evaluation editions (Description TIMEBASED_EVAL). No Microsoft page shows this pairing.`,
		},
		sources: [S.slmgrVbs, S.slerror],
	},
	{
		code: '0xC004F00F',
		line: 'Notification Reason: 0xC004F00F.',
		meaning: {
			ja: 'ハードウェア ID の結び付きが許容範囲を超えました (ハードウェアの変更やドライバーの更新)。',
			en: 'The hardware ID binding is beyond the level of tolerance (hardware changed or drivers were updated).',
		},
		namedBySlmgr: false,
		disputed: {
			ja: `${OUR_READING.ja} 実際の出力で見られる組み合わせです。通知状態でこの理由が出る条件を説明した Microsoft のページはありません。`,
			en: `${OUR_READING.en} a pairing seen in real outputs. No Microsoft page explains when Notification shows this reason.`,
		},
		sources: [S.slmgrVbs, S.errorCodes],
	},
];

/** Any other code: slmgr prints `Notification Reason: 0x<code>.` (without leading zeros, as VBScript's Hex does). */
export const NOTIFICATION_REASON_OTHER: Localized = {
	ja: 'ほかのコードでは、slmgr はコードだけを表示します (「Notification Reason: 0x<コード>.」)。VBScript の Hex で書くため、先頭の 0 は省かれます。コードの意味はエラー コード一覧で引きます。',
	en: 'For any other code slmgr prints the code alone ("Notification Reason: 0x<code>."). It writes it with VBScript\'s Hex, so leading zeros are dropped. Look the code up in the error code reference.',
};

const BY_CODE: ReadonlyMap<string, NotificationReason> = new Map(
	NOTIFICATION_REASONS.map((reason) => [reason.code, reason])
);

/** The reason for a code, if the site lists it (canonical `0xXXXXXXXX` form). */
export function findNotificationReason(code: string): NotificationReason | undefined {
	return BY_CODE.get(code);
}
