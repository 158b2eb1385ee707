import type { Localized } from './types.ts';

/**
 * "License Status:" text for each license status code 0–6 (the engine's `LicenseStatus`). `en` is slmgr's wording; `ja` is the Japanese display name KMS Lab uses
 * (Microsoft's Japanese term where a Microsoft Japanese page gives one).
 */
export const LICENSE_STATUS_TEXT: Readonly<Record<0 | 1 | 2 | 3 | 4 | 5 | 6, Localized>> = {
	0: { ja: 'ライセンスされていません', en: 'Unlicensed' },
	1: { ja: 'ライセンス済み', en: 'Licensed' },
	2: { ja: '初期猶予期間', en: 'Initial grace period' },
	3: {
		ja: '追加の猶予期間 (KMS ライセンスの期限切れまたはハードウェアの許容範囲外)',
		en: 'Additional grace period (KMS license expired or hardware out of tolerance)',
	},
	4: { ja: '非正規の猶予期間', en: 'Non-genuine grace period' },
	5: { ja: '通知', en: 'Notification' },
	6: { ja: '延長猶予期間', en: 'Extended grace period' },
};
