import type { ListedCommand, Messages, SlmgrErrorCode, UsageTopic } from './en.ts';

/**
 * Japanese Windows wording. cmd.exe's "認識されていません" message and the terms of the glossary (content/docs/guides/glossary.mdx) are
 * confirmed. Japanese Windows prints slmgr's texts from its Japanese resource file (slmgr\0411\slmgr.ini),
 * of which no public copy was found, and no Microsoft page shows Japanese slmgr output: the few slmgr
 * texts whose wording was seen in public captures, and every slmgr text still unverified, are listed in
 * unverifiedJa.ts. Correct them here, in one place, when a source turns up.
 */
export const ja: Messages = {
	notRecognized:
		"'%NAME%' は、内部コマンドまたは外部コマンド、\n操作可能なプログラムまたはバッチ ファイルとして認識されていません。",
	syntaxIncorrect: 'コマンドの構文が誤っています。',
	lineTooLong: '入力行が長すぎます。',
	fileNotFound: '指定されたファイルが見つかりません。',
	accessDeniedCmd: 'アクセスが拒否されました。',
	cscriptBanner:
		'Microsoft (R) Windows Script Host Version 5.812\nCopyright (C) Microsoft Corporation. All rights reserved.\n',
	cscriptNoScript: '入力エラー: スクリプト ファイルが指定されていません。',
	cscriptCantFind: '入力エラー: スクリプト ファイル "%FILE%" が見つかりません。',
	machineMissing:
		'このシミュレーションには %NAME% という名前のコンピューターが (まだ) ないため、コマンドを実行できません。',
	labNote: '[KMS Lab] %TEXT%',
	outputTruncated: '[KMS Lab] 出力が 64 kB を超えたため、以降を省略しました。',

	usageTitle: 'Windows ソフトウェア ライセンス管理ツール',
	usageLine: '使用法: slmgr.vbs [コンピューター名 [ユーザー パスワード]] [<オプション>]',
	usageMachine: 'コンピューター名: リモート コンピューターの名前 (既定はローカル コンピューター)',
	usageUser: 'ユーザー:         リモート コンピューターで必要な特権を持つアカウント',
	usagePassword: 'パスワード:       上記アカウントのパスワード',
	usageGlobal: 'グローバル オプション:',
	usageAdvanced: '詳細オプション:',
	usageKmsClient: 'ボリューム ライセンス: キー管理サービス (KMS) クライアント オプション:',
	usageKmsHost: 'ボリューム ライセンス: キー管理サービス (KMS) オプション:',
	usageAd: 'ボリューム ライセンス: Active Directory (AD) ライセンス認証オプション:',
	usageToken: 'ボリューム ライセンス: トークンベース ライセンス認証オプション:',
	paramActivationId: '<ライセンス認証 ID>',
	paramActivationIdOptional: '[ライセンス認証 ID]',
	paramActIdAll: '[ライセンス認証 ID | All]',
	paramApplicationId: '<アプリケーション ID>',
	paramProductKey: '<プロダクト キー>',
	paramLicenseFile: '<ライセンス ファイル>',
	paramConfirmationId: '<確認 ID>',
	paramSetKms: '<名前[:ポート] | : ポート>',
	paramFqdn: '<FQDN>',
	paramPort: '<ポート>',
	paramActivationInterval: '<ライセンス認証の間隔>',
	paramRenewalInterval: '<更新間隔>',
	paramActivationType: '[ライセンス認証の種類]',
	paramRemoveIl: '<ILID> <ILvID>',
	paramForceTka: '<証明書の拇印> [<PIN>]',
	paramAoName: '[ライセンス認証オブジェクト名]',
	paramAoDn: '<ライセンス認証オブジェクトの DN | ライセンス認証オブジェクトの RDN>',
	use_ipk: 'プロダクト キーをインストールします (既存のキーは置き換えられます)',
	use_ato: 'Windows のライセンス認証を行います',
	use_dli: 'ライセンス情報を表示します (既定: 現在のライセンス)',
	use_dlv: '詳細なライセンス情報を表示します (既定: 現在のライセンス)',
	use_xpr: '現在のライセンスの状態の有効期限を表示します',
	use_cpky: 'レジストリからプロダクト キーを消去します (漏えいを防ぎます)',
	use_ilc: 'ライセンスをインストールします',
	use_rilc: 'システムのライセンス ファイルを再インストールします',
	use_rearm: 'コンピューターのライセンスの状態をリセットします',
	'use_rearm-app': '指定したアプリケーションのライセンスの状態をリセットします',
	'use_rearm-sku': '指定した SKU のライセンスの状態をリセットします',
	use_upk: 'プロダクト キーをアンインストールします',
	use_dti: 'オフライン ライセンス認証用のインストール ID を表示します',
	use_atp: 'ユーザーが入力した確認 ID で製品のライセンス認証を行います',
	use_skms:
		'このコンピューターが使用する KMS コンピューターの名前とポートの両方またはどちらかを設定します。IPv6 アドレスは [ホスト名]:ポート の形式で指定する必要があります',
	use_ckms: '使用する KMS コンピューターの名前を消去します (ポートは既定値に戻ります)',
	'use_skms-domain':
		'すべての KMS SRV レコードを検索する DNS ドメインを設定します。/skms オプションで特定の KMS ホストが設定されている場合、この設定は無効です。',
	'use_ckms-domain':
		'KMS SRV レコードを検索する DNS ドメインの設定を消去します。/skms で設定されていればその KMS ホストが使われ、そうでなければ既定の KMS 自動検出が使われます。',
	use_skhc: 'KMS ホスト キャッシュを有効にします',
	use_ckhc: 'KMS ホスト キャッシュを無効にします',
	use_lil: 'インストールされているトークンベース ライセンス認証の発行ライセンスを一覧表示します',
	use_ril: 'インストールされているトークンベース ライセンス認証の発行ライセンスを削除します',
	use_ltc: 'トークンベース ライセンス認証の証明書を一覧表示します',
	use_fta: 'トークンベース ライセンス認証を強制します',
	use_sprt: 'KMS がクライアントとの通信に使用する TCP ポートを設定します',
	use_sai:
		'ライセンス認証されていないクライアントが KMS への接続を試みる間隔 (分) を設定します。ライセンス認証の間隔は 15 分 (最小) から 30 日 (最大) の間で指定する必要がありますが、既定値 (2 時間) をお勧めします。',
	use_sri:
		'ライセンス認証済みのクライアントが KMS への接続を試みる更新間隔 (分) を設定します。更新間隔は 15 分 (最小) から 30 日 (最大) の間で指定する必要がありますが、既定値 (7 日) をお勧めします。',
	use_sdns: 'KMS による DNS 発行を有効にします (既定)',
	use_cdns: 'KMS による DNS 発行を無効にします',
	use_spri: 'KMS 優先度を標準に設定します (既定)',
	use_cpri: 'KMS 優先度を低に設定します',
	'use_act-type':
		'ライセンス認証の種類を 1 (AD)、2 (KMS)、3 (トークン)、0 (すべて) のいずれかに設定します。',
	'use_ad-activation-online':
		'ユーザーが入力したプロダクト キーで AD (Active Directory) フォレストのライセンス認証を行います',
	'use_ad-activation-get-iid': 'AD (Active Directory) フォレストのインストール ID を表示します',
	'use_ad-activation-apply-cid':
		'ユーザーが入力したプロダクト キーと確認 ID で AD (Active Directory) フォレストのライセンス認証を行います',
	'use_ao-list': 'AD (Active Directory) のライセンス認証オブジェクトを表示します',
	'use_del-ao':
		'ユーザーが指定したライセンス認証オブジェクトを AD (Active Directory) から削除します',

	invalidOptions: 'コマンド パラメーターの組み合わせが無効です。',
	unrecognizedOption: '認識されないオプションです: ',
	errorProductNotFound: 'エラー: 製品が見つかりません。',
	clearedPKey: 'レジストリからプロダクト キーを正常に消去しました。',
	installedPKey: 'プロダクト キー %PKEY% を正常にインストールしました。',
	uninstalledPKey: 'プロダクト キーを正常にアンインストールしました。',
	errorPKey: 'エラー: プロダクト キーが見つかりません。',
	installationId: 'インストール ID: ',
	phoneNumbers:
		'ライセンス認証の電話番号は、phone.inf ファイルで国または地域に合った番号を検索して確認できます。phone.inf ファイルは、コマンド プロンプトまたはスタート メニューから次のコマンドを実行して開けます: notepad %systemroot%\\system32\\sppui\\phone.inf',
	activating: '%PRODUCTNAME% (%PRODUCTID%) のライセンス認証を行っています...',
	activated: '製品のライセンス認証に成功しました。',
	activationFailed: 'エラー: 製品のライセンス認証に失敗しました。',
	confId: '製品 %ACTID% の確認 ID を正常に保存しました。',
	errorPrefix: 'エラー: ',
	errorSlui:
		"Microsoft Windows の非コア エディションを実行しているコンピューターで、'slui.exe 0x2a 0x%ERRCODE%' を実行してエラー テキストを表示してください。",
	errorNeedsParam: 'エラー: オプション %OPTION% には %PARAM% が必要です',
	nonGenuineGrace:
		"このコンピューターは猶予期間 (非正規版) 中です。'slui.exe' を実行してオンラインで正規版にしてください。",
	nonGenuineNotification:
		"Windows は非正規版の通知期間中です。'slui.exe' を実行してオンラインで Windows を検証してください。",
	licenseFileInstalled: 'ライセンス ファイル %LICENSEFILE% を正常にインストールしました。',
	kmsPriLow: 'KMS 優先度を低に設定しました',
	kmsPriNormal: 'KMS 優先度を標準に設定しました',
	warnKmsPri: '警告: 優先度は、ライセンス認証済みの KMS コンピューターでのみ設定できます。',
	dnsPublishingDisabled: 'DNS 発行は無効です',
	dnsPublishingEnabled: 'DNS 発行は有効です',
	warnDnsPublishing:
		'警告: DNS 発行は、ライセンス認証済みの KMS コンピューターでのみ設定できます。',
	kmsPortSet: 'KMS ポートを %PORT% に正常に設定しました。',
	warnKmsReboot: '警告: この設定を有効にするには KMS の再起動が必要です。',
	warnKmsPort: '警告: KMS ポートは、ライセンス認証済みの KMS コンピューターでのみ設定できます。',
	renewalSet: 'ボリューム ライセンス認証の更新間隔を %RENEWAL% 分に正常に設定しました。',
	warnRenewal:
		'警告: ボリューム ライセンス認証の更新間隔は、ライセンス認証済みの KMS コンピューターでのみ設定できます。',
	activationIntervalSet: 'ボリューム ライセンス認証の間隔を %ACTIVATION% 分に正常に設定しました。',
	warnActivationInterval:
		'警告: ボリューム ライセンス認証の間隔は、ライセンス認証済みの KMS コンピューターでのみ設定できます。',
	kmsNameSet: 'キー管理サービスのコンピューター名を %KMS% に正常に設定しました。',
	kmsNameCleared: 'キー管理サービスのコンピューター名を正常に消去しました。',
	kmsLookupDomainSet: 'キー管理サービスの検索ドメインを %FQDN% に正常に設定しました。',
	kmsLookupDomainCleared: 'キー管理サービスの検索ドメインを正常に消去しました。',
	kmsUseMachineNameOverrides:
		'警告: /skms の設定が /skms-domain の設定より優先されます。ライセンス認証には %KMS% が使用されます。',
	kmsUseMachineName: '警告: /skms の設定が有効です。ライセンス認証には %KMS% が使用されます。',
	kmsUseLookupDomain:
		'警告: /skms-domain の設定が有効です。DNS SRV レコードの検索には %FQDN% が使用されます。',
	hostCachingDisabled: 'KMS ホスト キャッシュは無効です',
	hostCachingEnabled: 'KMS ホスト キャッシュは有効です',
	errorActivationId: 'エラー: ライセンス認証 ID (%ActID%) が見つかりません。',
	activationTypeSet: 'ボリューム ライセンス認証の種類を正常に設定しました。',
	rearmDone: 'コマンドは正常に完了しました。',
	rearmRestart: '変更を有効にするには、システムを再起動してください。',
	remainingWindowsRearm: '残りの Windows 猶予期限リセット可能回数: %COUNT%',
	remainingSkuRearm: '残りの SKU 猶予期限リセット可能回数: %COUNT%',
	remainingAppRearm: '残りのアプリケーション猶予期限リセット可能回数: %COUNT%',
	xprUnlicensed: 'ライセンスされていません',
	xprVolume: 'ボリューム ライセンス認証の有効期限: %ENDDATE%',
	xprPermanent: 'コンピューターのライセンス認証は完了しました。',
	xprInitialGrace: '初期猶予期間の終了日時: %ENDDATE%',
	xprAdditionalGrace: '追加の猶予期間の終了日時: %ENDDATE%',
	xprNonGenuineGrace: '猶予期間 (非正規版) の終了日時: %ENDDATE%',
	xprNotification: 'Windows は通知モードです',
	xprExtendedGrace: '延長猶予期間の終了日時: %ENDDATE%',
	statusUnlicensed: 'ライセンスの状態: ライセンスされていません',
	statusLicensed: 'ライセンスの状態: ライセンスされています',
	volumeExpiration: 'ボリューム ライセンス認証の有効期限: %MINUTE% 分 (%DAY% 日)',
	statusInitialGrace: 'ライセンスの状態: 初期猶予期間',
	statusAdditionalGrace:
		'ライセンスの状態: 追加の猶予期間 (KMS ライセンスの有効期限切れ、またはハードウェアが許容範囲外)',
	statusNonGenuineGrace: 'ライセンスの状態: 猶予期間 (非正規版)。',
	statusNotification: 'ライセンスの状態: 通知',
	statusExtendedGrace: 'ライセンスの状態: 延長猶予期間',
	notificationReasonNonGenuine: '通知の理由: 0x%ERRCODE% (非正規版)。',
	notificationReasonExpiration: '通知の理由: 0x%ERRCODE% (猶予期間の期限切れ)。',
	notificationReasonOther: '通知の理由: 0x%ERRCODE%。',
	timeRemaining: '残り時間: %MINUTE% 分 (%DAY% 日)',
	serviceVersion: 'ソフトウェア ライセンス サービスのバージョン: ',
	productName: '名前: ',
	productDesc: '説明: ',
	actId: 'ライセンス認証 ID: ',
	appId: 'アプリケーション ID: ',
	pid4: '拡張 PID: ',
	channel: 'プロダクト キー チャネル: ',
	partialPKey: 'プロダクト キーの一部: ',
	licenseNotInUse: 'このライセンスは使用されていません。',
	kmsInfo: 'キー管理サービス クライアント情報',
	cmid: 'クライアント コンピューター ID (CMID): ',
	registeredKmsName: '登録されている KMS コンピューター名: ',
	kmsLookupDomain: '登録されている KMS SRV レコードの検索ドメイン: ',
	kmsFromDnsUnavailable: 'DNS 自動検出: KMS 名を取得できません',
	kmsFromDns: 'DNS から取得した KMS コンピューター名: ',
	kmsIpAddress: 'KMS コンピューターの IP アドレス: ',
	kmsIpAddressUnavailable: 'KMS コンピューターの IP アドレス: 取得できません',
	kmsPid4: 'KMS コンピューターの拡張 PID: ',
	activationInterval: 'ライセンス認証の間隔: %INTERVAL% 分',
	renewalInterval: '更新間隔: %INTERVAL% 分',
	kmsEnabled: 'このコンピューターではキー管理サービスが有効です',
	kmsCurrentCount: '現在の数: ',
	kmsListeningOnPort: '待ち受けポート: ',
	kmsPriNormalLabel: 'KMS 優先度: 標準',
	kmsPriLowLabel: 'KMS 優先度: 低',
	activationTypeAll: '構成されているライセンス認証の種類: すべて',
	activationTypeAd: '構成されているライセンス認証の種類: AD',
	activationTypeKms: '構成されているライセンス認証の種類: KMS',
	activationTypeToken: '構成されているライセンス認証の種類: トークン',
	mostRecentActivation: '最新のライセンス認証の情報:',
	invalidData: 'エラー: データが無効です',
	pleaseActivate:
		'値を更新するには、slmgr.vbs /ato でライセンス認証を行い、KMS クライアント情報を更新してください。',
	tokenOnly:
		'このシステムはトークンベース ライセンス認証のみを使うように構成されています。slmgr.vbs /fta でトークンベース ライセンス認証を開始するか、slmgr.vbs /act-type でライセンス認証の種類の設定を変更してください。',
	kmsCumulative: 'クライアントから受信したキー管理サービスの累積要求数',
	kmsTotalRequests: '受信した要求の合計: ',
	kmsFailedRequests: '失敗した要求: ',
	kmsRequestsUnlicensed: 'ライセンスの状態が「ライセンスされていません」の要求: ',
	kmsRequestsLicensed: 'ライセンスの状態が「ライセンスされています」の要求: ',
	kmsRequestsInitialGrace: 'ライセンスの状態が「初期猶予期間」の要求: ',
	kmsRequestsOot:
		'ライセンスの状態が「ライセンスの有効期限切れまたはハードウェアの許容範囲外」の要求: ',
	kmsRequestsNonGenuine: 'ライセンスの状態が「猶予期間 (非正規版)」の要求: ',
	kmsRequestsNotification: 'ライセンスの状態が「通知」の要求: ',
	tkaLicenses: 'トークンベース ライセンス認証の発行ライセンス:',
	tkaNone: 'ライセンスが見つかりません。',
	tkaRemoving: 'トークンベース ライセンス認証のライセンスを削除しています...',
	adInfo: 'AD ライセンス認証クライアント情報',
	adAoName: 'ライセンス認証オブジェクト名: ',
	adAoDn: 'AO DN: ',
	adAoPid: 'AO 拡張 PID: ',
	adAoActId: 'AO ライセンス認証 ID: ',
	actObjAvailable: 'ライセンス認証オブジェクト',
	actObjNone: 'オブジェクトが見つかりません',
	success: '操作は正常に完了しました。',
	adSchemaNotSupported:
		'Active Directory によるライセンス認証は、現在の Active Directory スキーマではサポートされていません。',
	trustedTime: '信頼された時刻: ',

	netStopping: '%SERVICE% サービスを停止中です.',
	netStopped: '%SERVICE% サービスは正常に停止されました。',
	netStarting: '%SERVICE% サービスを開始します.',
	netStarted: '%SERVICE% サービスは正常に開始されました。',
	netAlreadyStarted: '要求したサービスは既に開始されています。',
	netNotStarted: '%SERVICE% サービスは開始されていません。',
	netHelpMsg: 'NET HELPMSG %NUM% と入力すると、より詳しい説明が得られます。',
	netSystemError5: 'システム エラー 5 が発生しました。',
	netServiceNameInvalid: 'サービス名が無効です。',
	netUsage:
		'このコマンドの構文は次のとおりです:\n\nNET\n    [ ACCOUNTS | COMPUTER | CONFIG | CONTINUE | FILE | GROUP | HELP |\n      HELPMSG | LOCALGROUP | PAUSE | SESSION | SHARE | START |\n      STATISTICS | STOP | TIME | USE | USER | VIEW ]',
	scServiceMissing:
		'[SC] EnumQueryServicesStatus:OpenService FAILED 1060:\n\n指定されたサービスはインストールされたサービスとして存在しません。',
	scUsage:
		'説明:\n        SC は、サービス コントロール マネージャーおよびサービスとの通信に使用する\n        コマンド ライン プログラムです。\n使用法:\n        sc <server> [command] [service name] <option1> <option2>...',
	sppsvcDisplayName: 'Software Protection',
	psAccessDenied:
		"%CMDLET% : 次のエラーのため、サービス '%DISPLAY% (%NAME%)' を停止できません: コンピューター '.' で %NAME% サービスを開けません。",
	psNoService: "%CMDLET% : サービス名 '%NAME%' のサービスが見つかりません。",
	psWarnStopping: "警告: サービス '%DISPLAY% (%NAME%)' の停止を待機しています...",

	fwNoRule:
		"%CMDLET% : 'InstanceID' プロパティが '%NAME%' と等しい MSFT_NetFirewallRule オブジェクトが見つかりません。プロパティの値を確認して、再試行してください。",
	fwAccessDenied: '%CMDLET% : アクセスが拒否されました。',
	fwNeedsName:
		'%CMDLET% : -Name で規則を指定してください (このラボでモデル化している規則は SPPSVC-In-TCP だけです)。',
	fwBadEnabled:
		"%CMDLET% : パラメーター 'Enabled' をバインドできません。次の列挙子名のいずれかを指定して、再試行してください: True, False",
	fwBadProfile:
		"%CMDLET% : パラメーター 'Profile' をバインドできません。次の列挙子名のいずれかを指定して、再試行してください: Any, Domain, Private, Public, NotApplicable",
	fwDisplayNameNote:
		'表示名 "Key Management Service (TCP-In)" は Windows 上の一覧で見られる名前で、Microsoft のドキュメントでは確認できていません (未確認)。',

	psParamMissing:
		'%CMDLET% : 必須パラメーターが指定されていないため、コマンドを処理できません: %PARAM%。',
	psUnknownParam: "%CMDLET% : パラメーター名 '%PARAM%' に一致するパラメーターが見つかりません。",

	tncTcpFailed: '警告: TCP connect to (%ADDR% : %PORT%) failed',
	tncNameFailed: '警告: Name resolution of %NAME% failed',
	tncPingFailed: '警告: Ping to %ADDR% failed with status: TimedOut',

	nsServer: 'サーバー:  %NAME%',
	nsAddress: 'Address:  %ADDR%',
	nsNonAuth: '権限のない回答:',
	nsName: '名前:    %NAME%',
	nsCantFind: '*** %SERVER% が %NAME% を見つけられません: Non-existent domain',
	nsSrv: '%NAME%\tSRV service location:',
	nsInternet: '%NAME%\tinternet address = %ADDR%',
	nsUnknownServer: 'UnKnown',

	ipTitle: 'Windows IP 構成',
	ipHostName: 'ホスト名',
	ipPrimarySuffix: 'プライマリ DNS サフィックス',
	ipNodeType: 'ノード タイプ',
	ipNodeHybrid: 'ハイブリッド',
	ipRouting: 'IP ルーティング有効',
	ipWins: 'WINS プロキシ有効',
	ipSearchList: 'DNS サフィックス検索一覧',
	ipAdapter: 'イーサネット アダプター イーサネット:',
	ipConnSuffix: '接続固有の DNS サフィックス',
	ipDescription: '説明',
	ipDescriptionValue: 'Microsoft Hyper-V Network Adapter',
	ipPhysical: '物理アドレス',
	ipDhcp: 'DHCP 有効',
	ipAutoconf: '自動構成有効',
	ipIpv4: 'IPv4 アドレス',
	ipPreferred: '(優先)',
	ipMask: 'サブネット マスク',
	ipGateway: 'デフォルト ゲートウェイ',
	ipDnsServers: 'DNS サーバー',
	ipNetbios: 'NetBIOS over TCP/IP',
	ipEnabled: '有効',
	yes: 'はい',
	no: 'いいえ',

	w32LeapIndicator: 'うるう秒インジケーター: 0 (警告なし)',
	w32Stratum: '階層: %N% (二次参照 - (S)NTP で同期)',
	w32StratumLocal: '階層: 1 (一次参照 - 電波時計で同期)',
	w32ReferenceLocal: '参照 ID: 0x4C4F434C (ソース名:  "LOCL")',
	w32Precision: '精度: -23 (ティックごとに 119.209ns)',
	w32RootDelay: 'ルート遅延: 0.0156250 秒',
	w32RootDispersion: 'ルート分散: 0.0100000 秒',
	w32ReferenceId: '参照 ID: 0x%HEX% (ソース IP:  %ADDR%)',
	w32LastSync: '最終正常同期時刻: %TIME%',
	w32Source: 'ソース: %SOURCE%',
	w32SourceLocal: 'Local CMOS Clock',
	w32PollInterval: 'ポーリング間隔: 10 (1024 秒)',
	w32Sending: 'ローカル コンピューターに再同期コマンドを送信しています',
	w32Completed: 'コマンドは正しく完了しました。',
	w32NoTimeData: '利用可能な時刻データがなかったため、コンピューターは再同期しませんでした。',
	w32NotStarted: '次のエラーが発生しました: サービスは開始されていません。 (0x80070426)',
	w32AccessDenied: '次のエラーが発生しました: アクセスが拒否されました。 (0x80070005)',
	w32Usage:
		'w32tm [/? | /register | /unregister ]\n  /query [/computer:<target>] {/source | /configuration | /peers | /status} [/verbose]\n  /resync [/computer:<computer>] [/nowait] [/rediscover] [/soft]',

	evNoEvents: 'Get-WinEvent : 指定した選択条件に一致するイベントは見つかりませんでした。',
	evWevtutilNone: '',
	evProviderLine: '   ProviderName: %PROVIDER%',
	evHeader: 'TimeCreated                     Id LevelDisplayName Message',
	evRule: '-----------                     -- ---------------- -------',
	evInfo: '情報',
	evLogNotFound:
		'Get-WinEvent : "%LOG%" に一致するイベント ログがコンピューター localhost にありません。',
	ev12288: 'クライアントはキー管理サービス コンピューターにライセンス認証要求を送信しました。',
	ev12289: 'クライアントはキー管理サービス コンピューターからのライセンス認証応答を処理しました。',
	ev12290: 'ライセンス認証要求が処理されました。',
	ev12293: 'キー管理サービス (KMS) を %DOMAIN% ドメインの DNS に発行できませんでした。',
	ev12294: 'キー管理サービス (KMS) を %DOMAIN% ドメインの DNS に正常に発行しました。',
	evInfoLabel: '情報:',
	wevtLogName: 'ログの名前',
	wevtSource: 'ソース',
	wevtDate: '日付',
	wevtEventId: 'イベント ID',
	wevtLevel: 'レベル',
	wevtComputer: 'コンピューター',
	wevtDescription: '説明',
	wevtNoLog: 'イベントを読み取れませんでした。指定されたチャネルが見つかりません。',

	sluiTitle: 'Windows ライセンス認証',
	sluiCode: 'エラー コード: %CODE%',
	sluiUnknown: 'エラー コード %CODE% の説明はありません。',
	sluiUsage: 'このラボでの使い方: slui 0x2a 0x<エラー コード>',
	sysprepDone:
		'sysprep /generalize が完了しました。新しいクライアント コンピューター ID (CMID) が割り当てられ、ライセンス認証のタイマーがリセット (再調整) され、コンピューターが再起動しました。',
	sysprepNeedsGeneralize:
		'このラボでモデル化しているのは "sysprep /generalize" だけです (/oobe、/shutdown、/reboot、/quiet は指定できます)。',
	sysprepFailed: 'sysprep を実行できませんでした: %REASON%',
	helpIntro: '各コマンドの詳細は「<コマンド> /?」と入力してください。',
	helpFooter:
		'このラボのコマンドは、シミュレーション上のコンピューターだけに作用します。slmgr の出力は cscript と同じようにこのウィンドウに表示されます。',
	// Texts used inline by commands (moved here so all wording lives in the catalogues)
	slmgrConnectionError: 'エラー 0x%ERRCODE% がサーバー %COMPUTERNAME% への接続中に発生しました。',
	reinstallingLicenses: 'ライセンス ファイルを再インストールしています...',
	licensesReinstalled: 'ライセンス ファイルを正常に再インストールしました。',
	tokenNotSimulated:
		'トークンベース ライセンス認証はシミュレーションしていないため、この設定はラボの状態を変えません。',
	assumptionNote: '仮定: %LABEL%。%NOTE%',
	vbTypeMismatch: 'エラー: 13 型が一致しません。 (Microsoft VBScript 実行時エラー)',
	remoteExecNotSupported: 'この SLMgr.vbs コマンドはリモート実行ではサポートされていません',
	removedOptionNote:
		'%OPTION% は Windows 8 / Windows Server 2012 で非推奨になり、Windows 8.1 / Windows Server 2012 R2 で削除されたため、現在の slmgr は認識しません。代わりに /act-type を使います。',
	nsInteractiveNote:
		'対話モードはこのラボでは使えません。nslookup -type=srv _vlmcs._tcp のように名前を指定してください。',
	nsDefault: '既定の',
	nsTimeout: 'DNS 要求がタイムアウトしました。\n    タイムアウト時間は 2 秒です。',
	nsRequestTimedOut: '*** %SERVER% への要求がタイムアウトしました',
	ipMediaDisconnected: 'メディアの状態. . . . . . . . . . . .: メディアは接続されていません',
	tncBadPort: "%CMDLET% : パラメーター 'Port' の引数を検証できません。",
	psPromptNote:
		'このプロンプトでは PowerShell のコマンドレット (Test-NetConnection など) をそのまま入力できます。',
	scNameService: '[SC] このラボでは sc query sppsvc のようにサービス名を指定してください。',
	scAlreadyRunning: 'サービスのインスタンスは既に実行されています。',
	scNotStarted: 'サービスは開始されていません。',
	netStartedList:
		'次の Windows サービスが開始されています:\n\n   Software Protection\n\nコマンドは正常に終了しました。',
	sysprepHostNotModelled: 'このラボでは KMS ホストの一般化はモデル化していません。',
	w32CantResolve: '%NAME% を解決できません。',
	w32Tracking: '%NAME% [%ADDR%:123] を追跡しています。',
	w32Collecting: '%N% サンプルを収集しています。',
	w32CurrentTime: '現在の時刻は %TIME% です。',
};

// `<command> /?` usage texts (the real tools' usage, shortened to the forms this lab understands).
export const jaUsage: Readonly<Record<UsageTopic, string>> = {
	cls: '画面を消去します。\n\nCLS\n',
	hostname: '現在のホストの名前を表示します。\n\nhostname\n',
	type: 'テキスト ファイルの内容を表示します。\n\nTYPE [ドライブ:][パス]ファイル名\n',
	nslookup:
		'使用法:\n   nslookup [-opt ...]             # このラボでは対話モードは使えません\n   nslookup [-opt ...] host        # 既定のサーバーでホストを検索します\n\n   -type=X  クエリの種類: A、SRV、ALL\n\n例:\n   nslookup -type=srv _vlmcs._tcp\n   nslookup -type=all _vlmcs._tcp.corp.contoso.com\n   nslookup kms01\n',
	ipconfig:
		'\n使用法:\n    ipconfig [/allcompartments] [/? | /all]\n\n説明:\n    /?           このヘルプ メッセージを表示します\n    /all         完全な構成情報を表示します。\n',
	'test-netconnection':
		'名前\n    Test-NetConnection\n\n構文\n    Test-NetConnection [[-ComputerName] <string>] -Port <int>\n\n    エイリアス: tnc\n    ポートへの TCP 接続の結果を TcpTestSucceeded で表示します。\n',
	w32tm:
		'w32tm [/? | /register | /unregister ]\n  /query [/computer:<target>] {/source | /configuration | /peers | /status} [/verbose]\n  /resync [/computer:<computer>] [/nowait] [/rediscover] [/soft]\n\nこのラボでは /query /status と /resync を使えます。\n',
	sc: '説明:\n        SC は、サービス コントロール マネージャーおよびサービスとの通信に\n        使用するコマンド ライン プログラムです。\n使用法:\n        sc <server> [command] [service name] <option1> <option2>...\n\n        このラボで使えるもの: sc query sppsvc、sc stop sppsvc、sc start sppsvc\n',
	net: 'このコマンドの構文は次のとおりです:\n\nNET START | STOP [service]\n\nこのラボではソフトウェア保護サービスだけを扱います: net stop sppsvc、net start sppsvc\n',
	'restart-service':
		'名前\n    Restart-Service\n\n構文\n    Restart-Service [-Name] <string[]> [-Force]\n',
	'get-netfirewallrule':
		'名前\n    Get-NetFirewallRule\n\n構文\n    Get-NetFirewallRule -Name <string[]>\n\n    KMS の規則は SPPSVC-In-TCP (TCP 1688、受信) です。\n',
	'set-netfirewallrule':
		'名前\n    Set-NetFirewallRule\n\n構文\n    Set-NetFirewallRule -Name <string[]> [-Enabled <True|False>] [-Profile <Any|Domain|Private|Public>]\n\n例 (Microsoft のドキュメント):\n    Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True\n',
	'get-winevent':
		"名前\n    Get-WinEvent\n\n構文\n    Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12288,12289}\n    Get-WinEvent -FilterHashtable @{LogName='Key Management Service'; Id=12290}\n    Get-WinEvent -LogName 'Key Management Service' [-MaxEvents <int>]\n\n    各イベントの Info 欄を見るには | Format-List を付けます。\n",
	wevtutil:
		'Windows イベント コマンド ライン ユーティリティ。\n\n使用法:\n  wevtutil qe <ログ名> [/q:<XPath>] [/c:<件数>] [/rd:true|false] [/f:text|xml]\n\n例:\n  wevtutil qe Application /q:"*[System[(EventID=12288)]]" /c:5 /rd:true /f:text\n',
	slui: 'slui 0x2a 0x<エラー コード>\n\n    ライセンス認証のエラー コードの説明を表示します。\n',
	sysprep:
		'sysprep /generalize [/oobe] [/shutdown | /reboot] [/quiet]\n\n    /generalize はコンピューター固有の情報を取り除きます。新しいクライアント コンピューター ID (CMID) が\n    割り当てられ、ライセンス認証のタイマーがリセットされます (sysprep は rearm を呼び出します)。\n',
	echo: 'メッセージを表示します。\n\nECHO [メッセージ]\n',
};

// `help`: one line per command, in the order listed.
export const jaCommandList: Readonly<Record<ListedCommand, string>> = {
	CLS: '画面を消去します。',
	ECHO: 'メッセージを表示します。',
	HOSTNAME: 'コンピューター名を表示します。',
	IPCONFIG: 'IP 構成を表示します (/all で DNS サフィックス検索一覧)。',
	NET: 'ソフトウェア保護サービスを開始・停止します (net stop|start sppsvc)。',
	NSLOOKUP: 'DNS を照会します (-type=srv _vlmcs._tcp で KMS ホストを探します)。',
	SC: 'ソフトウェア保護サービスの状態を表示します (sc query sppsvc)。',
	SLMGR: 'Windows ソフトウェア ライセンス管理ツール (slmgr /? ですべてのオプションを表示)。',
	SLUI: 'ライセンス認証のエラー コードの説明を表示します (slui 0x2a 0x<コード>)。',
	SYSPREP: 'コンピューターを一般化します (sysprep /generalize)。',
	POWERSHELL: 'PowerShell のコマンドを実行します: powershell -Command "..."',
	TYPE: 'このウィンドウで > により書き出したファイルを表示します。',
	VER: 'Windows のバージョンを表示します。',
	W32TM: 'Windows タイム: /query /status と /resync。',
	WEVTUTIL: 'イベント ログを照会します (wevtutil qe ...)。',
	'Get-WinEvent': 'PowerShell: Application ログと Key Management Service ログを読みます。',
	'Get-NetFirewallRule': 'PowerShell: ファイアウォール規則 SPPSVC-In-TCP を表示します。',
	'Set-NetFirewallRule': 'PowerShell: SPPSVC-In-TCP を有効または無効にします。',
	'Restart-Service': 'PowerShell: sppsvc を再起動します。',
	'Test-NetConnection': 'PowerShell: TCP ポートへの接続を確認します (TcpTestSucceeded)。',
};

// slmgr.vbs's built-in error texts (L_MsgError_<code>), printed after "Error: 0x<code> ". Ours, written
// as Japanese Windows words them (slmgr's Japanese resource file was not available to check against).
export const jaSlmgrErrors: Readonly<Record<SlmgrErrorCode, string>> = {
	'0xC004C001': 'ライセンス認証サーバーは、指定されたプロダクト キーが無効であると判断しました',
	'0xC004C003':
		'ライセンス認証サーバーは、指定されたプロダクト キーがブロックされていると判断しました',
	'0xC004C017':
		'ライセンス認証サーバーは、指定されたプロダクト キーがこの地域ではブロックされていると判断しました。',
	'0xC004B100':
		'ライセンス認証サーバーは、このコンピューターのライセンス認証ができないと判断しました',
	'0xC004C008': 'ライセンス認証サーバーは、指定されたプロダクト キーを使用できないと判断しました',
	'0xC004C020':
		'ライセンス認証サーバーは、マルチ ライセンス認証キー (MAK) が上限を超えたと報告しました',
	'0xC004C021':
		'ライセンス認証サーバーは、マルチ ライセンス認証キー (MAK) の延長の上限を超えたと報告しました',
	'0xC004D307':
		'再調整の最大回数を超えました。再調整を行うには、OS を再インストールする必要があります',
	'0xC004F009': 'ソフトウェア ライセンス サービスは、猶予期間が終了したと報告しました',
	'0xC004F00F':
		'ソフトウェア ライセンス サーバーは、ハードウェア ID のバインドが許容範囲を超えていると報告しました',
	'0xC004F014': 'ソフトウェア ライセンス サービスは、プロダクト キーを使用できないと報告しました',
	'0xC004F025': 'アクセスが拒否されました: 要求された操作には管理者特権が必要です',
	'0xC004F02C':
		'ソフトウェア ライセンス サービスは、オフライン ライセンス認証データの形式が正しくないと報告しました',
	'0xC004F035':
		'ソフトウェア ライセンス サービスは、ボリューム ライセンスのプロダクト キーではこのコンピューターのライセンス認証ができないと報告しました。ボリューム ライセンスのシステムは、対象となるオペレーティング システムからのアップグレードが必要です。システム管理者に問い合わせるか、別の種類のキーを使用してください',
	'0xC004F038':
		'ソフトウェア ライセンス サービスは、このコンピューターのライセンス認証ができなかったと報告しました。キー管理サービス (KMS) から報告された数が不足しています。システム管理者に問い合わせてください',
	'0xC004F039':
		'ソフトウェア ライセンス サービスは、このコンピューターのライセンス認証ができなかったと報告しました。キー管理サービス (KMS) が有効になっていません',
	'0xC004F041':
		'ソフトウェア ライセンス サービスは、キー管理サーバー (KMS) がライセンス認証されていないと判断しました。KMS のライセンス認証が必要です',
	'0xC004F042':
		'ソフトウェア ライセンス サービスは、指定されたキー管理サービス (KMS) を使用できないと判断しました',
	'0xC004F050': 'ソフトウェア ライセンス サービスは、プロダクト キーが無効であると報告しました',
	'0xC004F051':
		'ソフトウェア ライセンス サービスは、プロダクト キーがブロックされていると報告しました',
	'0xC004F064': 'ソフトウェア ライセンス サービスは、猶予期間 (非正規版) が終了したと報告しました',
	'0xC004F065':
		'ソフトウェア ライセンス サービスは、アプリケーションが猶予期間 (非正規版) 内で実行されていると報告しました',
	'0xC004F066': 'ソフトウェア ライセンス サービスは、製品の SKU が見つからないと報告しました',
	'0xC004F06B':
		'ソフトウェア ライセンス サービスは、仮想マシンで実行されていると判断しました。このモードではキー管理サービス (KMS) はサポートされていません',
	'0xC004F074':
		'ソフトウェア ライセンス サービスは、このコンピューターのライセンス認証ができなかったと報告しました。キー管理サービス (KMS) に接続できませんでした。詳細については、アプリケーション イベント ログを参照してください。',
	'0xC004F075':
		'ソフトウェア ライセンス サービスは、サービスが停止中のため操作を完了できないと報告しました',
	'0xC004F304':
		'ソフトウェア ライセンス サービスは、必要なライセンスが見つからないと報告しました。',
	'0xC004F305':
		'ソフトウェア ライセンス サービスは、製品のライセンス認証に使用できる証明書がシステムに見つからないと報告しました。',
	'0xC004F30E':
		'ソフトウェア ライセンス サービスは、このコンピューターのライセンス認証ができなかったと報告しました。拇印に対応する証明書が見つかりません。',
	'0x80070005': 'アクセスが拒否されました: 要求された操作には管理者特権が必要です',
	'0x80070057': 'パラメーターが間違っています',
	'0x8007232A': 'DNS サーバーのエラーです',
	'0x8007232B': 'DNS 名が存在しません',
	'0x800706BA': 'RPC サーバーを利用できません',
	'0x8007251D': 'DNS クエリに対するレコードが見つかりません',
};

/** Everything a Japanese prompt prints, in one object: the lab's terminal loads only this locale. */
