import type { Localized } from '../../data/types.ts';

/**
 * The error texts built into slmgr.vbs (L_MsgError_<code>), printed after "Error: 0x<code> ".
 * For codes slmgr has no text for, it prints its "run 'slui.exe 0x2a 0x<code>'" line instead
 * (see `errorSlui` in the catalogues), exactly as Windows does. English is Microsoft's text; the
 * Japanese is ours, written as Japanese Windows words it (slmgr's Japanese resource file was not
 * available to check against).
 */
export const SLMGR_ERROR_TEXT: Readonly<Record<string, Localized>> = {
	'0xC004C001': { en: 'The activation server determined the specified product key is invalid', ja: 'ライセンス認証サーバーは、指定されたプロダクト キーが無効であると判断しました' },
	'0xC004C003': { en: 'The activation server determined the specified product key is blocked', ja: 'ライセンス認証サーバーは、指定されたプロダクト キーがブロックされていると判断しました' },
	'0xC004C017': { en: 'The activation server determined the specified product key has been blocked for this geographic location.', ja: 'ライセンス認証サーバーは、指定されたプロダクト キーがこの地域ではブロックされていると判断しました。' },
	'0xC004B100': { en: 'The activation server determined that the computer could not be activated', ja: 'ライセンス認証サーバーは、このコンピューターのライセンス認証ができないと判断しました' },
	'0xC004C008': { en: 'The activation server determined that the specified product key could not be used', ja: 'ライセンス認証サーバーは、指定されたプロダクト キーを使用できないと判断しました' },
	'0xC004C020': { en: 'The activation server reported that the Multiple Activation Key has exceeded its limit', ja: 'ライセンス認証サーバーは、マルチ ライセンス認証キー (MAK) が上限を超えたと報告しました' },
	'0xC004C021': { en: 'The activation server reported that the Multiple Activation Key extension limit has been exceeded', ja: 'ライセンス認証サーバーは、マルチ ライセンス認証キー (MAK) の延長の上限を超えたと報告しました' },
	'0xC004D307': { en: 'The maximum allowed number of re-arms has been exceeded. You must re-install the OS before trying to re-arm again', ja: '再調整の最大回数を超えました。再調整を行うには、OS を再インストールする必要があります' },
	'0xC004F009': { en: 'The software Licensing Service reported that the grace period expired', ja: 'ソフトウェア ライセンス サービスは、猶予期間が終了したと報告しました' },
	'0xC004F00F': { en: 'The Software Licensing Server reported that the hardware ID binding is beyond level of tolerance', ja: 'ソフトウェア ライセンス サーバーは、ハードウェア ID のバインドが許容範囲を超えていると報告しました' },
	'0xC004F014': { en: 'The Software Licensing Service reported that the product key is not available', ja: 'ソフトウェア ライセンス サービスは、プロダクト キーを使用できないと報告しました' },
	'0xC004F025': { en: 'Access denied: the requested action requires elevated privileges', ja: 'アクセスが拒否されました: 要求された操作には管理者特権が必要です' },
	'0xC004F02C': { en: 'The software Licensing Service reported that the format for the offline activation data is incorrect', ja: 'ソフトウェア ライセンス サービスは、オフライン ライセンス認証データの形式が正しくないと報告しました' },
	'0xC004F035': { en: 'The software Licensing Service reported that the computer could not be activated with a Volume license product key. Volume licensed systems require upgrading from a qualified operating system. Please contact your system administrator or use a different type of key', ja: 'ソフトウェア ライセンス サービスは、ボリューム ライセンスのプロダクト キーではこのコンピューターのライセンス認証ができないと報告しました。ボリューム ライセンスのシステムは、対象となるオペレーティング システムからのアップグレードが必要です。システム管理者に問い合わせるか、別の種類のキーを使用してください' },
	'0xC004F038': { en: 'The software Licensing Service reported that the computer could not be activated. The count reported by your Key Management Service (KMS) is insufficient. Please contact your system administrator', ja: 'ソフトウェア ライセンス サービスは、このコンピューターのライセンス認証ができなかったと報告しました。キー管理サービス (KMS) から報告された数が不足しています。システム管理者に問い合わせてください' },
	'0xC004F039': { en: 'The software Licensing Service reported that the computer could not be activated. The Key Management Service (KMS) is not enabled', ja: 'ソフトウェア ライセンス サービスは、このコンピューターのライセンス認証ができなかったと報告しました。キー管理サービス (KMS) が有効になっていません' },
	'0xC004F041': { en: 'The software Licensing Service determined that the Key Management Server (KMS) is not activated. KMS needs to be activated', ja: 'ソフトウェア ライセンス サービスは、キー管理サーバー (KMS) がライセンス認証されていないと判断しました。KMS のライセンス認証が必要です' },
	'0xC004F042': { en: 'The software Licensing Service determined that the specified Key Management Service (KMS) cannot be used', ja: 'ソフトウェア ライセンス サービスは、指定されたキー管理サービス (KMS) を使用できないと判断しました' },
	'0xC004F050': { en: 'The Software Licensing Service reported that the product key is invalid', ja: 'ソフトウェア ライセンス サービスは、プロダクト キーが無効であると報告しました' },
	'0xC004F051': { en: 'The software Licensing Service reported that the product key is blocked', ja: 'ソフトウェア ライセンス サービスは、プロダクト キーがブロックされていると報告しました' },
	'0xC004F064': { en: 'The software Licensing Service reported that the non-Genuine grace period expired', ja: 'ソフトウェア ライセンス サービスは、猶予期間 (非正規版) が終了したと報告しました' },
	'0xC004F065': { en: 'The software Licensing Service reported that the application is running within the valid non-genuine period', ja: 'ソフトウェア ライセンス サービスは、アプリケーションが猶予期間 (非正規版) 内で実行されていると報告しました' },
	'0xC004F066': { en: 'The Software Licensing Service reported that the product SKU is not found', ja: 'ソフトウェア ライセンス サービスは、製品の SKU が見つからないと報告しました' },
	'0xC004F06B': { en: 'The software Licensing Service determined that it is running in a virtual machine. The Key Management Service (KMS) is not supported in this mode', ja: 'ソフトウェア ライセンス サービスは、仮想マシンで実行されていると判断しました。このモードではキー管理サービス (KMS) はサポートされていません' },
	'0xC004F074': { en: 'The Software Licensing Service reported that the computer could not be activated. No Key Management Service (KMS) could be contacted. Please see the Application Event Log for additional information.', ja: 'ソフトウェア ライセンス サービスは、このコンピューターのライセンス認証ができなかったと報告しました。キー管理サービス (KMS) に接続できませんでした。詳細については、アプリケーション イベント ログを参照してください。' },
	'0xC004F075': { en: 'The Software Licensing Service reported that the operation cannot be completed because the service is stopping', ja: 'ソフトウェア ライセンス サービスは、サービスが停止中のため操作を完了できないと報告しました' },
	'0xC004F304': { en: 'The Software Licensing Service reported that required license could not be found.', ja: 'ソフトウェア ライセンス サービスは、必要なライセンスが見つからないと報告しました。' },
	'0xC004F305': { en: 'The Software Licensing Service reported that there are no certificates found in the system that could activate the product.', ja: 'ソフトウェア ライセンス サービスは、製品のライセンス認証に使用できる証明書がシステムに見つからないと報告しました。' },
	'0xC004F30E': { en: 'The Software Licensing Service reported that the computer could not be activated. A certificate for the thumbprint could not be found.', ja: 'ソフトウェア ライセンス サービスは、このコンピューターのライセンス認証ができなかったと報告しました。拇印に対応する証明書が見つかりません。' },
	'0x80070005': { en: 'Access denied: the requested action requires elevated privileges', ja: 'アクセスが拒否されました: 要求された操作には管理者特権が必要です' },
	'0x80070057': { en: 'The parameter is incorrect', ja: 'パラメーターが間違っています' },
	'0x8007232A': { en: 'DNS server failure', ja: 'DNS サーバーのエラーです' },
	'0x8007232B': { en: 'DNS name does not exist', ja: 'DNS 名が存在しません' },
	'0x800706BA': { en: 'The RPC server is unavailable', ja: 'RPC サーバーを利用できません' },
	'0x8007251D': { en: 'No records found for DNS query', ja: 'DNS クエリに対するレコードが見つかりません' },
};
