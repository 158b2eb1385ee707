import type { Localized } from './types.ts';

/**
 * What each activation error code means, in our own words in both languages: the
 * part of the error reference that the lab's command line needs (`slui 0x2a 0x<code>`), kept apart
 * so the terminal does not download causes, fixes and sources. `src/data/errors.ts` adds those to
 * every entry here; together they are the one error reference.
 */
export interface ErrorMeaning {
	/** `0x` followed by eight upper-case hex digits, e.g. `0xC004F074`. */
	readonly code: string;
	/** Symbolic constant (slerror.h / Win32), or null when no constant is defined. */
	readonly name: string | null;
	/** True when the name was not confirmed against Microsoft's headers for this use. */
	readonly nameUnconfirmed?: boolean;
	readonly meaning: Localized;
}

/**
 * How the reference marks what the site adds to its sources: a `disputed` text that starts with
 * this label. Cause and fix (errors.ts) say only what the cited sources say; anything more (a
 * reading of ours, an assumed fix) goes in `disputed` behind this label, shown under "Sources
 * disagree, unconfirmed, or our reading", never as the cause or fix.
 */
export const OUR_READING: Localized = {
	ja: '当サイトの解釈:',
	en: 'Our reading:',
};

const MEANINGS = [
	{
		code: '0xC004F074',
		name: 'SL_E_VL_BINDING_SERVICE_UNAVAILABLE',
		meaning: {
			ja: 'どの KMS ホストにも接続できませんでした。試した KMS ホストがすべてエラーを返したことを示します。',
			en: 'No Key Management Service (KMS) host could be contacted: every KMS host the client tried returned an error.',
		},
	},
	{
		code: '0xC004F038',
		name: 'SL_E_VL_NOT_ENOUGH_COUNT',
		meaning: {
			ja: 'KMS ホストの現在の数がしきい値に届いていないため、ライセンス認証できません。',
			en: "The KMS host's current count is below the activation threshold, so the client cannot activate.",
		},
	},
	{
		code: '0xC004F039',
		name: 'SL_E_VL_BINDING_SERVICE_NOT_ENABLED',
		meaning: {
			ja: 'KMS が有効になっていません。KMS が応答しなかったことを示します。',
			en: 'KMS is not enabled: the KMS did not respond.',
		},
	},
	{
		code: '0xC004F041',
		name: 'SL_E_VL_KEY_MANAGEMENT_SERVICE_NOT_ACTIVATED',
		meaning: {
			ja: 'KMS ホスト自体がライセンス認証されていません。',
			en: 'The KMS host itself is not activated.',
		},
	},
	{
		code: '0xC004F042',
		name: 'SL_E_VL_KEY_MANAGEMENT_SERVICE_ID_MISMATCH',
		meaning: {
			ja: '接続した KMS ホストでは、この製品をライセンス認証できません。',
			en: 'The KMS host that was contacted cannot activate this product.',
		},
	},
	{
		code: '0xC004F06C',
		name: 'SL_E_VL_INVALID_TIMESTAMP',
		meaning: {
			ja: '要求のタイムスタンプが無効だと KMS が判断しました。',
			en: "The KMS found the request's timestamp invalid.",
		},
	},
	{
		code: '0xC004F035',
		name: 'SL_E_VL_NOT_WINDOWS_SLP',
		meaning: {
			ja: 'ボリューム ライセンス キーでは、このコンピューターをライセンス認証できません。',
			en: 'This computer cannot be activated with a volume license key.',
		},
	},
	{
		code: '0xC004F050',
		name: 'SL_E_INVALID_PRODUCT_KEY',
		meaning: {
			ja: 'プロダクト キーが無効です。',
			en: 'The product key is invalid.',
		},
	},
	{
		code: '0xC004F051',
		name: 'SL_E_BLOCKED_PRODUCT_KEY',
		meaning: {
			ja: 'プロダクト キーが Microsoft によってブロックされています。',
			en: 'Microsoft has blocked the product key.',
		},
	},
	{
		code: '0xC004F009',
		name: 'SL_E_GRACE_TIME_EXPIRED',
		meaning: {
			ja: '猶予期間が終了し、システムは通知状態になっています。',
			en: 'The grace period has expired and the system is in the Notifications state.',
		},
	},
	{
		code: '0xC004FC07',
		name: 'SL_E_VALIDITY_PERIOD_EXPIRED',
		meaning: {
			ja: '有効期間が終了しました (slerror.h の説明)。',
			en: 'The validity period has expired (slerror.h message).',
		},
	},
	{
		code: '0xC004F00F',
		name: 'SL_E_OUT_OF_TOLERANCE',
		meaning: {
			ja: 'ハードウェア ID の結び付きが許容範囲を超えました。',
			en: 'The hardware ID binding is beyond the level of tolerance.',
		},
	},
	{
		code: '0xC004F014',
		name: 'SL_E_PKEY_NOT_INSTALLED',
		meaning: {
			ja: 'プロダクト キーがインストールされていません。',
			en: 'No product key is installed.',
		},
	},
	{
		code: '0xC004F015',
		name: 'SL_E_PRODUCT_SKU_NOT_INSTALLED',
		meaning: {
			ja: 'ライセンスがインストールされていません (slerror.h の説明)。',
			en: 'The license is not installed (slerror.h message).',
		},
	},
	{
		code: '0xC004F025',
		name: 'SL_E_LUA_ACCESSDENIED',
		meaning: {
			ja: 'アクセスが拒否されました。この操作には管理者特権が必要です。',
			en: 'Access denied: the action requires administrator privileges.',
		},
	},
	{
		code: '0xC004F02C',
		name: 'SL_E_CIDIID_INVALID_DATA',
		meaning: {
			ja: 'オフライン (電話) ライセンス認証のデータの形式が正しくありません。',
			en: 'The offline (phone) activation data has the wrong format.',
		},
	},
	{
		code: '0xC004F064',
		name: 'SL_E_NONGENUINE_GRACE_TIME_EXPIRED',
		meaning: {
			ja: '猶予期間 (非正規版) が終了しました。',
			en: 'The non-genuine grace period has expired.',
		},
	},
	{
		code: '0xC004F065',
		name: 'SL_I_NONGENUINE_GRACE_PERIOD',
		nameUnconfirmed: true,
		meaning: {
			ja: '猶予期間 (非正規版) で動作しています。',
			en: 'The system is running in the non-genuine grace period.',
		},
	},
	{
		code: '0xC004F200',
		name: 'SL_E_NOT_GENUINE',
		meaning: {
			ja: '現在の状態は正規品ではありません (slerror.h の説明)。',
			en: 'The current state is not genuine (slerror.h message).',
		},
	},
	{
		code: '0xC004F066',
		name: 'SL_E_DEPENDENT_PROPERTY_NOT_SET',
		meaning: {
			ja: 'slerror.h の説明では「依存するプロパティが設定される前に、正規品情報のプロパティは設定できない」という意味です。',
			en: 'slerror.h describes it as "the genuine information property cannot be set before the dependent property has been set".',
		},
	},
	{
		code: '0xC004F068',
		name: null,
		meaning: {
			ja: 'slerror.h に 0xC004F068 は定義されていません。定義があるのは情報コードの 0x4004F068 (SL_I_NONGENUINE_GRACE_PERIOD_2) です。',
			en: 'slerror.h does not define 0xC004F068. It defines only the informational code 0x4004F068 (SL_I_NONGENUINE_GRACE_PERIOD_2).',
		},
	},
	{
		code: '0xC004F069',
		name: 'SL_E_MISMATCHED_PRODUCT_SKU',
		meaning: {
			ja: '製品 SKU が見つかりません。',
			en: 'The product SKU is not found.',
		},
	},
	{
		code: '0xC004F06B',
		name: 'SL_E_VL_KEY_MANAGEMENT_SERVICE_VM_NOT_SUPPORTED',
		meaning: {
			ja: 'ソフトウェア ライセンス サービスが仮想マシン上で動作していると判断し、このモードでは KMS がサポートされないことを示します。',
			en: 'The Software Licensing Service determined that it is running in a virtual machine, and KMS is not supported in this mode.',
		},
	},
	{
		code: '0xC004F081',
		name: 'SL_E_VL_AD_AO_NOT_FOUND',
		meaning: {
			ja: 'Active Directory のライセンス認証オブジェクトが見つからないか、無効です。',
			en: 'The Active Directory activation object was not found or is invalid.',
		},
	},
	{
		code: '0xC004F082',
		name: 'SL_E_VL_AD_AO_NAME_TOO_LONG',
		meaning: {
			ja: 'Active Directory のライセンス認証オブジェクトの名前が長すぎます。',
			en: 'The name of the Active Directory activation object is too long.',
		},
	},
	{
		code: '0xC004F083',
		name: 'SL_E_VL_AD_SCHEMA_VERSION_NOT_SUPPORTED',
		meaning: {
			ja: '現在の Active Directory スキーマでは、Active Directory によるライセンス認証がサポートされていません。',
			en: 'Active Directory-based activation is not supported by the current Active Directory schema.',
		},
	},
	{
		code: '0xC004C001',
		name: 'SL_E_CHPA_PRODUCT_KEY_OUT_OF_RANGE',
		meaning: {
			ja: 'ライセンス認証サーバーが、プロダクト キー (MAK) を無効と判断しました。',
			en: 'The activation server reported that the product key (MAK) is invalid.',
		},
	},
	{
		code: '0xC004C003',
		name: 'SL_E_CHPA_PRODUCT_KEY_BLOCKED',
		meaning: {
			ja: 'ライセンス認証サーバーが、MAK がブロックされていると判断しました。',
			en: 'The activation server reported that the MAK is blocked.',
		},
	},
	{
		code: '0xC004C008',
		name: 'SL_E_CHPA_MAXIMUM_UNLOCK_EXCEEDED',
		meaning: {
			ja: 'ライセンス認証サーバーが、このキーのライセンス認証の上限を超えたと判断しました。',
			en: 'The activation server reported that the key has exceeded its activation limit.',
		},
	},
	{
		code: '0xC004C020',
		name: 'SL_E_CHPA_DMAK_LIMIT_EXCEEDED',
		meaning: {
			ja: 'MAK のライセンス認証の回数が上限に達しました。',
			en: 'The MAK has reached its activation limit.',
		},
	},
	{
		code: '0xC004C021',
		name: 'SL_E_CHPA_DMAK_EXTENSION_LIMIT_EXCEEDED',
		meaning: {
			ja: 'MAK の延長の上限を超えました。',
			en: 'The MAK extension limit has been exceeded.',
		},
	},
	{
		code: '0xC004B100',
		name: 'SL_E_SRV_GENERAL_ERROR',
		meaning: {
			ja: 'ライセンス認証サーバーがこのコンピューターをライセンス認証できませんでした。',
			en: 'The activation server could not activate the computer.',
		},
	},
	{
		code: '0xC004E003',
		name: 'SL_E_EVALUATION_FAILED',
		meaning: {
			ja: 'ライセンスの評価に失敗しました (slerror.h の説明)。',
			en: 'License evaluation failed (slerror.h description).',
		},
	},
	{
		code: '0xC004E015',
		name: 'SL_E_EUL_CONSUMPTION_FAILED',
		meaning: {
			ja: 'ライセンスの消費 (使用) に失敗しました。',
			en: 'License consumption failed.',
		},
	},
	{
		code: '0xC004E016',
		name: 'SL_E_PKEY_INVALID_CONFIG',
		meaning: {
			ja: 'プロダクト キーが無効です (slerror.h の説明。定数名はキーの構成情報 (config) に関するエラーであることを示しています)。',
			en: 'The product key is invalid (slerror.h message; the name of the constant points to the configuration of the key).',
		},
	},
	{
		code: '0xC004D307',
		name: 'SL_REMAPPING_SP_PUB_TS_MAX_REARM_REACHED',
		meaning: {
			ja: 'rearm の最大回数を超えました。もう一度 rearm するには OS の再インストールが必要です。',
			en: 'The maximum number of rearms has been exceeded; the OS must be reinstalled before it can be rearmed again.',
		},
	},
	{
		code: '0x8007232A',
		name: 'DNS_ERROR_RCODE_SERVER_FAILURE',
		nameUnconfirmed: true,
		meaning: {
			ja: 'DNS サーバーの障害です。',
			en: 'DNS server failure.',
		},
	},
	{
		code: '0x80072338',
		name: 'DNS_ERROR_RCODE_BADSIG',
		meaning: {
			ja: 'DNS の署名を検証できませんでした (KMS ホストのイベント 12293 に記録されます)。',
			en: "DNS signature failed to verify (recorded in a KMS host's event 12293).",
		},
	},
	{
		code: '0x8007232B',
		name: 'DNS_ERROR_RCODE_NAME_ERROR',
		nameUnconfirmed: true,
		meaning: {
			ja: 'DNS 名が存在しません。クライアントが _vlmcs の SRV レコードを見つけられませんでした。',
			en: 'DNS name does not exist: the client found no _vlmcs SRV record.',
		},
	},
	{
		code: '0x8007251D',
		name: 'DNS_INFO_NO_RECORDS',
		nameUnconfirmed: true,
		meaning: {
			ja: 'DNS の問い合わせに対するレコードが見つかりませんでした (KMS の SRV レコードがありません)。',
			en: 'No records were found for the DNS query (no KMS SRV records).',
		},
	},
	{
		code: '0x80092328',
		name: null,
		meaning: {
			ja: 'DNS 名が存在しません (SRV レコードがありません)。',
			en: 'DNS name does not exist (no SRV records).',
		},
	},
	{
		code: '0x8007007B',
		name: 'ERROR_INVALID_NAME',
		nameUnconfirmed: true,
		meaning: {
			ja: '一般的な意味は「ファイル名、ディレクトリ名、またはボリューム ラベルの構文が正しくない」ですが、ライセンス認証では、クライアントが KMS の SRV レコードを見つけられない (DNS 名が存在しない) ことを示します。',
			en: 'Its general meaning is "the file name, directory name, or volume label syntax is incorrect"; in activation it means the client cannot find the KMS SRV records (DNS name does not exist).',
		},
	},
	{
		code: '0x800706BA',
		name: 'RPC_S_SERVER_UNAVAILABLE',
		nameUnconfirmed: true,
		meaning: {
			ja: 'RPC サーバーを利用できません。',
			en: 'The RPC server is unavailable.',
		},
	},
	{
		code: '0x80070005',
		name: 'E_ACCESSDENIED',
		nameUnconfirmed: true,
		meaning: {
			ja: 'アクセスが拒否されました。',
			en: 'Access denied.',
		},
	},
	{
		code: '0x80004005',
		name: 'E_FAIL',
		meaning: {
			ja: '詳細を特定しない一般的なエラー (Unspecified error) です。',
			en: 'Unspecified error (a generic failure).',
		},
	},
	{
		code: '0x8004FE21',
		name: null,
		meaning: {
			ja: 'このコンピューターでは正規の Windows が実行されていません。',
			en: 'This computer is not running genuine Windows.',
		},
	},
	{
		code: '0x80070490',
		name: 'ERROR_NOT_FOUND',
		nameUnconfirmed: true,
		meaning: {
			ja: '入力したプロダクト キーが機能しませんでした。',
			en: "The product key you entered didn't work.",
		},
	},
	{
		code: '0x80072EE7',
		name: 'WININET_E_NAME_NOT_RESOLVED',
		nameUnconfirmed: true,
		meaning: {
			ja: 'サーバー名またはアドレスを解決できませんでした (WinINet の一般的な DNS エラー)。',
			en: 'The server name or address could not be resolved (a generic WinINet DNS failure).',
		},
	},
] as const satisfies readonly ErrorMeaning[];

/** A code the error reference documents. */
export type DocumentedErrorCode = (typeof MEANINGS)[number]['code'];

/** Every documented code, in the order of the error reference. */
export const ERROR_MEANINGS: readonly (ErrorMeaning & { readonly code: DocumentedErrorCode })[] =
	MEANINGS;

/**
 * The canonical `0xXXXXXXXX` upper-case form of a hex code (`0xC004F074`, `C004F074`, any letter
 * case), or undefined when it is not eight hex digits.
 */
export function canonicalErrorCode(code: string): string | undefined {
	const hex = code.trim().replace(/^0x/i, '').toUpperCase();
	return /^[0-9A-F]{8}$/.test(hex) ? `0x${hex}` : undefined;
}

const BY_CODE: ReadonlyMap<string, ErrorMeaning> = new Map(
	ERROR_MEANINGS.map((entry) => [entry.code, entry])
);

/** The meaning of a documented code, found as `findError` in `errors.ts` finds its full entry. */
export function findErrorMeaning(code: string): ErrorMeaning | undefined {
	const canonical = canonicalErrorCode(code);
	return canonical === undefined ? undefined : BY_CODE.get(canonical);
}
