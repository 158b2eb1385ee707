import type { Localized, Source } from './types.ts';
import { SLMGR_PAGE as LEARN_SLMGR } from './sources.ts';

/**
 * Every slmgr.vbs option of Microsoft's slmgr page (SLMGR_PAGE in sources.ts), as data. The
 * emulated command line dispatches on this table and the slmgr reference guide renders it, so the
 * two can never disagree.
 *
 * Groups follow the sections of slmgr's own usage text (and of the Learn page), plus `global` for
 * the five everyday options that slmgr lists under "Global Options".
 */
export type SlmgrOptionGroup = 'global' | 'advanced' | 'client' | 'host' | 'token' | 'adba';

/**
 * Whether Microsoft documents that the option needs an elevated prompt.
 * - `yes`: "must be run from an elevated Command Prompt window" (or the Standard User Operations
 *   registry value);
 * - `online-only`: `/ato`: KMS activation does not need elevation, online activation does;
 * - `no`: documented as not needing elevation;
 * - `not-documented`: the Learn page says nothing; the emulator does not enforce elevation then.
 */
export type SlmgrElevation = 'yes' | 'no' | 'online-only' | 'not-documented';

/** Which kind of machine the option is meant for. ADBA options act on the forest from any machine. */
export type SlmgrAppliesTo = 'client' | 'host' | 'both';

export interface SlmgrOption {
	/** Canonical spelling, with a leading slash, as in slmgr's usage text (case as Microsoft writes it). */
	readonly option: string;
	/** Other accepted spellings. slmgr accepts `-` for `/` and ignores case everywhere. */
	readonly aliases: readonly string[];
	/** Syntax as slmgr's usage text prints it. */
	readonly syntax: string;
	readonly group: SlmgrOptionGroup;
	readonly elevation: SlmgrElevation;
	readonly appliesTo: SlmgrAppliesTo;
	/** One line, in the wording of Microsoft's slmgr page. */
	readonly description: Localized;
	/** False for `/stao` and `/ctao`: removed in Windows 8.1 / Server 2012 R2 (current slmgr answers "Unrecognized option"). */
	readonly inCurrentWindows: boolean;
	readonly sources: readonly Source[];
}

const SLMGR_STRINGS: Source = {
	title: 'slmgr.vbs built-in strings (%SystemRoot%\\System32\\slmgr.vbs, Microsoft)',
	url: LEARN_SLMGR.url,
};

function opt(
	name: string,
	params: string,
	group: SlmgrOptionGroup,
	elevation: SlmgrElevation,
	appliesTo: SlmgrAppliesTo,
	ja: string,
	en: string,
	extra: { sources?: readonly Source[]; inCurrentWindows?: boolean } = {}
): SlmgrOption {
	return {
		option: `/${name}`,
		aliases: [`-${name}`],
		syntax: params === '' ? `/${name}` : `/${name} ${params}`,
		group,
		elevation,
		appliesTo,
		description: { ja, en },
		inCurrentWindows: extra.inCurrentWindows ?? true,
		sources: extra.sources ?? [LEARN_SLMGR],
	};
}

export const SLMGR_OPTIONS: readonly SlmgrOption[] = [
	// Global options
	opt(
		'ipk',
		'<Product Key>',
		'global',
		'yes',
		'both',
		'5×5 のプロダクト キーをインストールします (有効性と適合性を確認し、既存のキーは警告なしに置き換えます)。',
		'Install a 5×5 product key (checked for validity and fit); silently replaces any existing key.'
	),
	opt(
		'ato',
		'[Activation ID]',
		'global',
		'online-only',
		'both',
		'ライセンス認証を実行します。リテール・MAK・KMS ホスト キーはオンライン認証、GVLK は KMS / ADBA での認証を試みます。',
		'Activate: online for retail, MAK or CSVLK; a KMS/ADBA attempt for a GVLK.'
	),
	opt(
		'dli',
		'[Activation ID | All]',
		'global',
		'no',
		'both',
		'ライセンス情報を簡潔に表示します。',
		'Show license information (brief).'
	),
	opt(
		'dlv',
		'[Activation ID | All]',
		'global',
		'no',
		'both',
		'詳細なライセンス情報を表示します。',
		'Show detailed license information.'
	),
	opt(
		'xpr',
		'[Activation ID]',
		'global',
		'no',
		'both',
		'現在のライセンス認証の有効期限を表示します (主に KMS クライアント向け。MAK とリテールは無期限)。',
		'Show when the current activation expires (useful for KMS clients; MAK/retail is permanent).'
	),
	// Advanced options
	opt(
		'cpky',
		'',
		'advanced',
		'yes',
		'both',
		'プロダクト キーをレジストリから消去し、悪意のあるコードに読み取られないようにします (MAK と KMS ホスト キーでは既定の動作)。',
		"Remove the product key from the registry so malicious code can't read it (the default for MAK and KMS host keys)."
	),
	opt(
		'ilc',
		'<License file>',
		'advanced',
		'yes',
		'both',
		'ライセンス ファイル (.xrm-ms) をインストールします。',
		'Install a license file (.xrm-ms).'
	),
	opt(
		'rilc',
		'',
		'advanced',
		'yes',
		'both',
		'%SystemRoot%\\system32\\oem と ...\\spp\\tokens からシステムのライセンス ファイルを再インストールします。',
		'Reinstall the system license files from %SystemRoot%\\system32\\oem and ...\\spp\\tokens.'
	),
	opt(
		'rearm',
		'',
		'advanced',
		'yes',
		'both',
		'ライセンス認証のタイマーをリセットします (sysprep /generalize からも呼ばれます)。',
		'Reset the activation timers (sysprep /generalize calls it too).'
	),
	opt(
		'rearm-app',
		'<Application ID>',
		'advanced',
		'not-documented',
		'both',
		'指定したアプリケーションのライセンスの状態をリセットします。',
		'Reset the licensing status of one app.'
	),
	opt(
		'rearm-sku',
		'<Activation ID>',
		'advanced',
		'not-documented',
		'both',
		'指定した SKU のライセンスの状態をリセットします。',
		'Reset the licensing status of one SKU.'
	),
	// slmgr's usage: "/upk [Activation ID]" "Uninstall product key". Without an Activation ID the script
	// (UninstallProductKey) removes the key of Windows itself, not of other applications' products.
	opt(
		'upk',
		'[Activation ID]',
		'advanced',
		'yes',
		'both',
		'プロダクト キーをアンインストールします。既定は Windows のプロダクト キー、ライセンス認証 ID を指定するとその製品のキーです。再起動後は、新しいキーをインストールしない限りライセンスなしの状態になります。',
		"Uninstall product key: by default Windows' own, or that of the product with the given Activation ID. After a restart the system is Unlicensed unless a new key is installed.",
		{ sources: [LEARN_SLMGR, SLMGR_STRINGS] }
	),
	opt(
		'dti',
		'[Activation ID]',
		'advanced',
		'not-documented',
		'both',
		'電話 (オフライン) ライセンス認証用のインストール ID を表示します。',
		'Show the Installation ID for phone or offline activation.'
	),
	opt(
		'atp',
		'<Confirmation ID> [Activation ID]',
		'advanced',
		'not-documented',
		'both',
		'確認 ID を使ってライセンス認証します。',
		'Activate with a Confirmation ID.'
	),
	// KMS client options
	opt(
		'skms',
		'<Name[:Port] | : port> [Activation ID]',
		'client',
		'yes',
		'client',
		'使用する KMS ホストを指定します (自動検出は無効になります)。',
		'Client: use this KMS host (turns off auto-discovery).'
	),
	opt(
		'ckms',
		'[Activation ID]',
		'client',
		'yes',
		'client',
		'手動で指定した KMS ホストとポートを消去し、自動検出に戻します。',
		'Client: clear the manual host and port; back to auto-discovery.'
	),
	opt(
		'skms-domain',
		'<FQDN> [Activation ID]',
		'client',
		'not-documented',
		'client',
		'SRV レコードをこの DNS ドメインだけで検索します (DNS サフィックス検索一覧は使いません)。',
		'Client: look for SRV records only in this domain.'
	),
	opt(
		'ckms-domain',
		'[Activation ID]',
		'client',
		'not-documented',
		'client',
		'/skms-domain で指定した検索ドメインを消去します (スクリプトのヘルプにあり、Learn の表にはありません)。',
		"Client: clear that lookup domain (in the script's help; not in the Learn table).",
		{ sources: [SLMGR_STRINGS] }
	),
	opt(
		'skhc',
		'',
		'client',
		'yes',
		'client',
		'KMS ホスト キャッシュを有効にします (既定)。',
		'Client: turn KMS host caching on (default).'
	),
	opt(
		'ckhc',
		'',
		'client',
		'yes',
		'client',
		'KMS ホスト キャッシュを無効にします (優先度と重みを使うときに推奨)。',
		'Client: turn KMS host caching off (recommended when you rely on priority and weight).'
	),
	// Token-based activation options
	opt(
		'lil',
		'',
		'token',
		'not-documented',
		'client',
		'インストールされているトークンベース ライセンス認証の発行ライセンスを一覧表示します。',
		'List installed token-based activation issuance licenses.'
	),
	opt(
		'ril',
		'<ILID> <ILvID>',
		'token',
		'yes',
		'client',
		'発行ライセンスを削除します。',
		'Remove an issuance license.'
	),
	opt(
		'ltc',
		'',
		'token',
		'not-documented',
		'client',
		'トークンベース ライセンス認証の証明書を一覧表示します。',
		'List token-based activation certificates.'
	),
	opt(
		'fta',
		'<Certificate Thumbprint> [<PIN>]',
		'token',
		'not-documented',
		'client',
		'指定した証明書でトークンベース ライセンス認証を強制します。',
		'Force token-based activation with this certificate.'
	),
	opt(
		'stao',
		'',
		'token',
		'yes',
		'client',
		'旧オプション: 「トークンベース ライセンス認証のみ」を設定します。Windows 8 / Server 2012 で非推奨、Windows 8.1 / Server 2012 R2 で削除されました。/act-type を使います。',
		'Old: set "token-based activation only". Deprecated from Windows 8 / Server 2012 and removed in Windows 8.1 / Server 2012 R2; use /act-type.',
		{ inCurrentWindows: false }
	),
	opt(
		'ctao',
		'',
		'token',
		'yes',
		'client',
		'旧オプション: 「トークンベース ライセンス認証のみ」を解除します。Windows 8 / Server 2012 で非推奨、Windows 8.1 / Server 2012 R2 で削除されました。/act-type を使います。',
		'Old: clear "token-based activation only". Deprecated from Windows 8 / Server 2012 and removed in Windows 8.1 / Server 2012 R2; use /act-type.',
		{ inCurrentWindows: false }
	),
	// KMS host options
	opt(
		'sprt',
		'<Port>',
		'host',
		'yes',
		'host',
		'KMS ホストが待ち受ける TCP ポートを設定します (既定 1688)。KMS の再起動が必要です。',
		'Host: listening port (default 1688); needs a KMS service restart.',
		{ sources: [LEARN_SLMGR, SLMGR_STRINGS] }
	),
	opt(
		'sai',
		'<Activation Interval>',
		'host',
		'yes',
		'host',
		'未認証のクライアントが KMS に接続を再試行する間隔 (分) を設定します (15 分～30 日、既定 120)。',
		'Host: activation retry interval for unactivated clients (15 min–30 days; default 120).'
	),
	opt(
		'sri',
		'<Renewal Interval>',
		'host',
		'yes',
		'host',
		'認証済みクライアントの更新間隔 (分) を設定します (15 分～30 日、既定 10,080)。',
		'Host: renewal interval for activated clients (15 min–30 days; default 10,080).'
	),
	opt(
		'sdns',
		'',
		'host',
		'yes',
		'host',
		'KMS の DNS 発行を有効にします (既定)。',
		'Host: turn DNS publishing on (default).'
	),
	opt(
		'cdns',
		'',
		'host',
		'yes',
		'host',
		'KMS の DNS 発行を無効にします。',
		'Host: turn DNS publishing off.'
	),
	opt(
		'spri',
		'',
		'host',
		'yes',
		'host',
		'KMS 優先度を標準にします (既定)。プロセスの優先度で、SRV レコードの優先度とは無関係です。',
		'Host: normal process priority (default). Not the SRV record priority.'
	),
	opt(
		'cpri',
		'',
		'host',
		'yes',
		'host',
		'KMS 優先度を低にします。プロセスの優先度で、SRV レコードの優先度とは無関係です。',
		'Host: low process priority. Not the SRV record priority.'
	),
	// Listed among the KMS (host) options in slmgr's usage text and on the Learn page, but SetVLActivationType
	// writes the setting on whichever machine runs it, and /dlv shows it on KMS clients: host and client.
	opt(
		'act-type',
		'[Activation-Type] [Activation ID]',
		'host',
		'not-documented',
		'both',
		'ボリューム ライセンス認証の種類を 1 つに限定します: 0 = すべて (既定)、1 = AD のみ、2 = KMS のみ、3 = トークンのみ。',
		'Limit volume activation to one type: 0 = all (default), 1 = AD only, 2 = KMS only, 3 = token only.'
	),
	// Active Directory-based activation options
	opt(
		'ad-activation-online',
		'<Product Key> [Activation Object name]',
		'adba',
		'no',
		'both',
		'KMS ホスト キー (CSVLK) で AD フォレストをオンライン認証し、ライセンス認証オブジェクトを作成します (ローカル管理者権限は不要、コンテナーへの読み書き権限が必要)。',
		'Activate the AD forest online with a CSVLK, creating the activation object (no local admin rights needed; needs read/write access to the container).'
	),
	opt(
		'ad-activation-get-IID',
		'<Product Key>',
		'adba',
		'not-documented',
		'both',
		'フォレストの電話ライセンス認証を開始し、インストール ID を表示します。',
		'Start phone activation of the forest; prints the IID.'
	),
	opt(
		'ad-activation-apply-cid',
		'<Product Key> <Confirmation ID> [Activation Object name]',
		'adba',
		'not-documented',
		'both',
		'確認 ID でフォレストの電話ライセンス認証を完了します。',
		'Finish phone activation of the forest with the CID.'
	),
	opt(
		'ao-list',
		'',
		'adba',
		'not-documented',
		'both',
		'このコンピューターから見えるライセンス認証オブジェクトを一覧表示します。',
		'List the activation objects visible to this computer.',
		{ sources: [LEARN_SLMGR, SLMGR_STRINGS] }
	),
	opt(
		'del-ao',
		'<Activation Object DN | Activation Object RDN>',
		'adba',
		'not-documented',
		'both',
		'ライセンス認証オブジェクトをフォレストから削除します (オプション名は /del-ao で、「/del-obj」ではありません)。',
		'Delete an activation object from the forest (the option is /del-ao, not "/del-obj").',
		{ sources: [LEARN_SLMGR, SLMGR_STRINGS] }
	),
];

/** Looks an option up the way slmgr does: `/` or `-`, any case. Returns undefined for unknown options. */
export function findSlmgrOption(token: string): SlmgrOption | undefined {
	if (token.length < 2) return undefined;
	const first = token[0];
	if (first !== '/' && first !== '-') return undefined;
	const name = token.slice(1).toLowerCase();
	return SLMGR_OPTIONS.find((o) => o.option.slice(1).toLowerCase() === name);
}

/** The anchor of an option's row on the slmgr reference (`/ad-activation-get-IID` → `ad-activation-get-iid`). */
export function slmgrAnchor(option: string): string {
	return option.replace(/^\//, '').toLowerCase();
}
