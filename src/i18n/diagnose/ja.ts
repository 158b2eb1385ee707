import type { DiagnoseWords } from './en.ts';

/** 貼り付け診断の文言 (日本語)。Microsoft の日本語ドキュメントの用語 (content/docs/guides/glossary.mdx) に合わせています。 */
export const ja: DiagnoseWords = {
	status: {
		healthy: '問題なし: 貼り付けた内容には、ライセンス認証の問題を示すものがありません。',
		problem: '考えられる原因 (可能性の高い順):',
		not_recognised: '判断できません: 診断に必要な情報が足りません。',
	},
	causes: {
		clock_skew: {
			title: 'クライアントと KMS ホストの時刻が 4 時間を超えてずれています ({code})',
			detail:
				'要求のタイムスタンプが無効なため、KMS ホストが要求を拒否しました。時刻は UTC で比較されるため、タイム ゾーンの違いは関係ありません。',
		},
		count_below_threshold: {
			title:
				'KMS ホストの現在の数 ({count}) が、この製品に必要なしきい値 ({threshold}) に届いていません',
			detail:
				'KMS ホストは過去 30 日に接続したコンピューターの数を返し、クライアントはその数がしきい値 (Windows クライアントは 25、Windows Server と Office は 5) 以上のときだけライセンス認証されます。',
		},
		duplicate_cmid: {
			title: 'クライアント コンピューター ID (CMID) が重複しています',
			detail:
				'一般化 (sysprep /generalize) していないイメージから複製したコンピューターは 1 台として数えられるため、現在の数が増えません。',
		},
		port_blocked: {
			title: 'KMS ホスト {host} への TCP {port} がブロックされています',
			detail:
				'要求が KMS ホストに届いていません。経路上または KMS ホストのファイアウォールが KMS のポートを止めています (KMS のファイアウォール規則は既定で無効です)。',
		},
		name_resolution_failed: {
			title: 'KMS ホスト {host} の名前を解決できません',
			detail: 'クライアントが使うホスト名に対応するアドレスが DNS にありません。',
		},
		host_unreachable: {
			title: 'どの KMS ホストからも応答がありません ({code})',
			detail:
				'0xC004F074 は「試した KMS ホストがすべて失敗した」という意味しか持ちません。本当の原因は、クライアントのイベント 12288 に記録された KMS ホストの応答でわかります。',
		},
		no_srv_record: {
			title: '_vlmcs._tcp の SRV レコードが見つかりません ({code})',
			detail:
				'クライアントは DNS で KMS ホストを探します。クライアントの DNS ゾーンにレコードがなければ、問い合わせ先がありません。',
		},
		dns_server_failure: {
			title: 'DNS サーバーが応答しません ({code})',
			detail:
				'DNS の問い合わせ自体が失敗しています。DNS サーバーが停止しているか、届かないか、応答がブロックされています。',
		},
		manual_host: {
			title: 'クライアントは /skms で KMS ホスト {host} に固定されています',
			detail:
				'手動で指定すると DNS による検出は行われません。そのホストがなくなったり誤っていたりすると、毎回失敗します。',
		},
		wrong_host_or_old_key: {
			title: 'この KMS ホストでは、この製品をライセンス認証できません ({code})',
			detail:
				'KMS ホスト キーのグループがクライアントより古いか、別の KMS ホスト (Office 用と Windows 用など) に接続しています。KMS ホストの「Failed requests received」が増えるのも同じ原因です。',
		},
		host_not_activated: {
			title: 'KMS ホスト自体がライセンス認証されていません ({code})',
			detail:
				'KMS ホスト キー (CSVLK) を Microsoft でライセンス認証するまで、KMS ホストはクライアントに応答しません。',
		},
		kms_not_enabled: {
			title: 'KMS が応答しませんでした ({code})',
			detail:
				'KMS ホストまでのネットワーク経路か TCP 1688 がブロックされているか、サービスが動いていません。',
		},
		dns_publish_denied: {
			title: 'KMS ホストに _VLMCS SRV レコードを更新する権限がありません ({code})',
			detail:
				'別の KMS ホストがレコードを作成して所有しています。このホストのコンピューター アカウントにフル コントロールを与えるまで発行できません。',
		},
		dns_publish_failed: {
			title: 'KMS ホストが SRV レコードを DNS に発行できませんでした ({code})',
			detail:
				'イベント 12293: DNS への発行に失敗したため、クライアントがこのホストを見つけられない可能性があります。',
		},
		dns_publishing_disabled: {
			title: 'KMS ホストの DNS 発行が無効になっています',
			detail:
				'DNS 発行が無効なら、SRV レコードを手動で作成しない限り、クライアントは KMS ホストを見つけられません。',
		},
		not_kms_channel: {
			title: 'このコンピューターは KMS クライアントではありません (チャネル: {channel})',
			detail:
				'KMS ホストや AD のライセンス認証オブジェクトでライセンス認証できるのは、KMS クライアント セットアップ キー (GVLK、VOLUME_KMSCLIENT) だけです。',
		},
		grace_expired: {
			title: '猶予期間が終了しています ({code})',
			detail: '期限内にライセンス認証できなかったため、通知状態になっています。',
		},
		non_genuine: {
			title: 'Windows が非正規版の状態を報告しています ({code})',
			detail: '猶予期間 (非正規版) または通知状態です。',
		},
		out_of_tolerance: {
			title: 'KMS によるライセンス認証の有効期限が切れています (OOT の猶予期間)',
			detail:
				'180 日以内に更新できませんでした。この猶予期間中もクライアントは KMS ホストへの接続を試み続けます。社外に出ていただけの PC なら KMS ホストに届けば戻りますが、ずっとオンラインだった PC は更新が失敗し続けています。最近のイベント 12288 の最初の値を確かめ、ガイドの手順で原因を探します。',
		},
		renewal_late: {
			title: 'KMS によるライセンス認証が更新されていません (残り {minutes} 分)',
			detail:
				'更新できているクライアントは 7 日ごとに 180 日へ戻ります。残りがこれだけ少ないのは、更新が失敗し続けているためです。オンラインの PC なら、ネットワークにつなぎ直せば済む問題ではありません。要求がどの KMS ホストにも届いていないか、拒否されています。どちらかはイベント 12288 の最初の値でわかり、slmgr /xpr で期限が延びているかを確かめられます。',
		},
		not_yet_activated: {
			title: 'まだライセンス認証されていません (初期猶予期間)',
			detail:
				'貼り付けた内容には理由がありません。slmgr /ato の結果とイベント 12288 でわかります。',
		},
		access_denied: {
			title: '管理者として実行する必要があります ({code})',
			detail: 'コマンド プロンプトを管理者として開き、もう一度実行してください。',
		},
		azure_kms: {
			title: 'Azure VM が Azure KMS に届いていません ({host})',
			detail:
				'Azure VM は TCP 1688 で Azure KMS に対してライセンス認証を行います。KMS クライアント セットアップ キー、KMS ホストとしての Azure KMS のエンドポイント、そこまでの経路が必要です。強制トンネリング、ファイアウォールや NSG による遮断、送信アクセスがないことが原因になります。',
		},
		evaluation_expired: {
			title: '評価版の期限が切れています',
			detail:
				'説明 (Description) が時間制限付きの評価版のチャネルです。評価期間が終わるとライセンス認証されていない状態になります (Windows Server の評価版は 1 時間ごとにシャットダウンします)。Microsoft が文書化した手順 (DISM と製品版のキー) で製品版に変換し、その後ボリューム ライセンスに切り替えます。',
		},
		slui_failed: {
			title: 'イベント 8198: slui.exe によるライセンス認証が失敗しました',
			detail:
				'イベント 8198 は、失敗したライセンス認証のコード (hr=) を記録します。0x80004005 は一般的な失敗を示すだけで、KMS ホストの本当の応答は同じ時刻のイベント 12288 に記録されます。',
		},
		see_error_entry: {
			title: 'エラー {code}',
			detail: '意味、原因、対処はエラー コード一覧の項目を参照してください。',
		},
		unknown_code: {
			title: 'エラー {code} はエラー コード一覧にありません',
			detail:
				'KMS Lab にはこのコードの項目がなく、推測はしません。slmgr /dlv とイベントを集めてください。',
		},
	},
	missing: {
		client_dlv: 'クライアントの slmgr /dlv',
		host_dlv: 'KMS ホストの slmgr /dlv (現在の数、ライセンスの状態、ポート)',
		event_12288:
			'クライアントのアプリケーション ログのイベント 12288 (Info の最初の値が KMS ホストの本当の応答です)',
		event_12289: 'クライアントのイベント 12289 (KMS ホストが返した数)',
		event_12290:
			'KMS ホストの Key Management Service ログのイベント 12290 (ない場合、要求は KMS ホストに届いていません)',
		ato_output: 'クライアントでの slmgr /ato の出力',
		nslookup: 'クライアントでの nslookup -type=srv _vlmcs._tcp',
		test_netconnection: 'クライアントでの Test-NetConnection <ホスト> -Port 1688',
		w32tm: 'クライアントと KMS ホストでの w32tm /query /status',
	},
	evidence: {
		code: 'エラー コード',
		event: 'イベント',
		licenseStatus: 'ライセンスの状態',
		minutesLeft: '残り時間',
		notificationReason: '通知の理由',
		channel: 'チャネル',
		kmsHost: 'KMS ホスト',
		count: '現在の数',
		threshold: 'しきい値',
		tcpTest: 'TCP の接続テスト',
		nameResolution: '名前解決',
		nslookup: 'nslookup',
		dnsPublishing: 'DNS 発行',
		failedRequests: '失敗した要求',
		cmid: 'CMID',
		result: '結果',
		hostStatus: 'KMS ホストのライセンスの状態',
		discovery: 'DNS 自動検出',
	},
	channels: {
		kmsClient: 'KMS クライアント (GVLK)',
		kmsHost: 'KMS ホスト (CSVLK)',
		adba: 'Active Directory によるライセンス認証',
		mak: 'MAK',
		retail: 'リテール',
		oem: 'OEM',
		avma: 'AVMA (仮想マシンの自動ライセンス認証)',
		timebased: '期限付き (評価版)',
	},
	kinds: {
		slmgr_dli: 'slmgr /dli',
		slmgr_dlv: 'slmgr /dlv',
		slmgr_xpr: 'slmgr /xpr',
		slmgr_ato: 'slmgr /ato',
		ospp: 'ospp.vbs',
		event: 'イベント',
		nslookup: 'nslookup',
		test_netconnection: 'Test-NetConnection',
		error_code: 'エラー コード',
	},
	roles: { client: 'クライアント', host: 'KMS ホスト', unknown: 'コンピューター' },
	via: {
		dns: 'DNS で検出',
		skms: '/skms で指定',
		event: 'イベント 12288 から',
		nslookup: 'nslookup から',
	},
	report: {
		paste: '貼り付け {n}',
		lines: '{from}～{to} 行目',
		found: '認識した内容: {kinds}',
		nothingFound: '認識できた内容はありません',
		codes: 'エラー コード',
		primary: '主なコード',
		unknownCode: 'エラー コード一覧にありません',
		explainedBy: '表示されたコード。KMS ホストの本当の応答はイベント 12288 の {cause}',
		causes: '原因',
		next: '次に実行するコマンド',
		guide: 'ガイド',
		errorEntry: 'エラー コード一覧',
		missing: 'さらに調べるには、次を貼り付けてください',
		machine: '{role} (貼り付け {n})',
		status: 'ライセンスの状態',
		minutesLeft: '残り {minutes} 分',
		kmsHost: 'KMS ホスト {host} ({via})',
		count: '現在の数 {count}',
		lastResult: '最後の結果 {result}',
		success: '成功',
		countCheck: '現在の数 {count} としきい値 {threshold}',
		countBelow: '不足: この種類のクライアントはまだライセンス認証できません',
		countEnough: '足りています',
		countNote:
			'KMS ホストの現在の数は {count} です。Windows クライアントには {client} 以上、サーバーには {server} 以上が必要です。',
		truncated: '貼り付け {n} は 64 KB を超えていたため、先頭だけを読みました。',
		skipped: 'ほかの {n} 件の貼り付けは読んでいません。',
	},
	notes: {
		fields: {
			serviceVersion:
				'ソフトウェア保護サービス (Windows のライセンスを管理するサービス) のバージョンです。',
			name: 'このブロックが表す製品です。',
			description:
				'ライセンスのチャネル: {channel}。KMS ホストや Active Directory でライセンス認証できるのは、KMS クライアント セットアップ キー (VOLUME_KMSCLIENT) だけです。',
			activationId:
				'ライセンス認証 ID: このブロックのライセンス (エディションとチャネル) を表します。',
			applicationId: 'アプリケーション ID: ライセンスの製品 (Windows か Office か) を表します。',
			extendedPid: 'インストールされているキーの拡張 PID です。',
			productKeyChannel:
				'キーのチャネル: {channel}。Volume:GVLK は KMS クライアント セットアップ キーです。',
			installationId:
				'インストール ID: 電話によるライセンス認証でだけ使います。KMS では使いません。',
			partialProductKey: 'インストールされているプロダクト キーの末尾 5 文字です。',
			licenseNotInUse:
				'インストールされていますが使われていないライセンスです。プロダクト キーが表示されているブロックを見てください。',
			licenseStatus: 'ライセンスの状態: {status}',
			timeRemaining:
				'今の猶予期間の残り時間です。これがなくなる前にライセンス認証する必要があります。',
			volumeExpiration:
				'この KMS によるライセンス認証の有効期限までの残り時間です。{renewalDays} 日ごとに更新できているクライアントは、ほぼ {validity} 日のままです。',
			notificationReason:
				'Windows が通知状態になっている理由です。コードの意味はこの行に表示しています。',
			rearmWindows: 'slmgr /rearm で猶予期間をリセットできる残りの回数です。',
			rearmSku: 'この製品の猶予期間を slmgr /rearm でリセットできる残りの回数です。',
			trustedTime:
				'ライセンス サービスが信頼している時刻です。KMS ホストの時刻と UTC で {skew} 時間を超えてずれていると、KMS ホストは要求を拒否します。',
			activationType:
				'使うボリューム ライセンス認証の種類です: すべて (既定)、AD のみ、KMS のみ、トークンのみ。slmgr /act-type で設定します。',
			kmsClientBlock:
				'ここから下は、この KMS クライアントが KMS ホストを見つける方法と、接続を試みる間隔です。',
			cmid: 'クライアント コンピューター ID (CMID): KMS ホストが数える値です。一般化していないイメージから複製したコンピューターは同じ CMID を持ち、1 台として数えられます。',
			registeredKmsName:
				'slmgr /skms で手動で指定した KMS ホストです。クライアントはこのホストに問い合わせ、DNS では探しません。',
			lookupDomain:
				'slmgr /skms-domain で指定したドメインです。クライアントはこのドメインで SRV レコードを探します。',
			kmsFromDns: 'このクライアントが DNS (_vlmcs._tcp SRV レコード) で見つけた KMS ホストです。',
			dnsAutoDiscovery:
				'クライアントが DNS で KMS ホストを探す設定です。「KMS name not available」は見つからなかったことを示します。',
			kmsIp: '最後に応答した KMS ホストのアドレスです。',
			kmsPid: '最後に応答した KMS ホストの拡張 PID です。',
			activationInterval:
				'ライセンス認証されていないクライアントが KMS ホストへの接続を再試行する間隔です (既定は {activation} 分)。',
			renewalInterval:
				'ライセンス認証済みのクライアントが更新する間隔です (既定は {renewal} 分 = {renewalDays} 日)。',
			hostCachingOn: 'クライアントは毎回探し直さず、最後に応答した KMS ホストを使い続けます。',
			hostCachingOff: 'クライアントは毎回 DNS で KMS ホストを探します。',
			kmsHostBlock: 'このコンピューターは KMS ホストです (キー管理サービスが有効)。',
			currentCount:
				'現在の数 {value}: 過去 {window} 日間にこの KMS ホストに接続したコンピューターの台数です。Windows クライアントには {client}、Windows Server と Office には {server} が必要です。',
			listeningPort:
				'KMS ホストが待ち受ける TCP ポートです (既定は {port})。クライアントと KMS ホストの間のファイアウォールで許可されている必要があります。',
			dnsPublishingOn: 'KMS ホストが自分の _vlmcs._tcp SRV レコードを DNS に発行します。',
			dnsPublishingOff:
				'KMS ホストは SRV レコードを発行しません。レコードを手動で作成するか、各クライアントで slmgr /skms を設定します。',
			kmsPriority:
				'この KMS ホストでのキー管理サービスのプロセス優先度です (既定は標準)。SRV レコードの優先度ではありません。',
			totalRequests: 'この KMS ホストがクライアントから受け取ったライセンス認証要求の合計です。',
			failedRequests:
				'この KMS ホストがエラーを返した要求の数です。増えている場合は、KMS ホスト キーがクライアントに対応しているか確認します (0xC004F042)。',
			adBlock:
				'このコンピューターは Active Directory (フォレストのライセンス認証オブジェクト) でライセンス認証されています。KMS ホストは関係しません。',
			aoName: 'Active Directory のライセンス認証オブジェクトの名前です。',
			aoDn: 'Active Directory 内のライセンス認証オブジェクトの場所です。',
			aoPid: 'ライセンス認証オブジェクトの拡張 PID です。',
			aoActId: 'ライセンス認証オブジェクトのライセンス認証 ID です。',
			pleaseActivate: '上の値は slmgr /ato を実行するまで更新されません。',
			activated: 'slmgr /ato が成功しました。製品はライセンス認証されています。',
			activationFailed: 'slmgr /ato が失敗しました。理由はコードでわかります。',
			error: 'slmgr がエラーを報告しました。コードの意味はこの行に表示しています。',
			errorText: 'ospp.vbs によるエラーの説明です。',
			xprVolume: 'この KMS によるライセンス認証の有効期限です。更新に成功するたびに先に延びます。',
			xprPermanent:
				'永続的にライセンス認証されています (MAK、リテール、OEM のキーなど)。更新は不要です。',
			xprInitialGrace: 'まだライセンス認証されていません。初期猶予期間の終了日時です。',
			xprAdditionalGrace:
				'KMS によるライセンス認証の有効期限が切れています。追加の猶予期間の終了日時です。',
			xprNonGenuine: '猶予期間 (非正規版) の終了日時です。',
			xprExtendedGrace: '延長猶予期間の終了日時です。',
			xprNotification: '通知モードです。猶予期間は終わっています。',
		},
		status: {
			0: 'ライセンスされていません: 製品はライセンス認証されていません。',
			1: 'ライセンスされています: 製品はライセンス認証済みです。',
			2: '初期猶予期間: まだライセンス認証されていません。',
			3: '追加の猶予期間: KMS によるライセンス認証の有効期限が切れたか、ハードウェアが許容範囲を超えて変わりました。クライアントは KMS ホストへの接続を試み続けます。',
			4: '猶予期間 (非正規版) です。',
			5: '通知: 猶予期間は終わっています。',
			6: '延長猶予期間です。',
		},
		dataEvent: 'イベント {id}',
		events: {
			12288:
				'イベント 12288 (クライアント、アプリケーション ログ): クライアントが KMS ホストにライセンス認証要求を送信しました。',
			12289:
				'イベント 12289 (クライアント、アプリケーション ログ): クライアントが KMS ホストからの応答を処理しました。',
			12290:
				'イベント 12290 (KMS ホスト、Key Management Service ログ): KMS ホストがクライアントの要求を処理しました。',
			12293: 'イベント 12293 (KMS ホスト): SRV レコードを DNS に発行できませんでした。',
			12294: 'イベント 12294 (KMS ホスト): SRV レコードを DNS に発行しました。',
		},
		eventFields: {
			hresult: '結果 (0x0 は成功)',
			server: '問い合わせた KMS ホスト',
			clientName: 'クライアント',
			count: 'KMS ホストが返した数',
			activated: 'ライセンス認証されたか (1 ははい)',
			nPolicy: 'この製品に必要なしきい値 (N-Policy)',
			timeToExpiration: '残り時間 (分)',
			dnsDomain: 'DNS ドメイン',
		},
		srv: 'SRV レコード: KMS ホスト {target}、ポート {port}。',
		dnsFailure: {
			nxdomain:
				'_vlmcs._tcp の SRV レコードがありません。DNS で探すクライアントは KMS ホストを見つけられません。',
			timeout: 'DNS サーバーが時間内に応答しませんでした。',
			other: 'nslookup は応答を得られませんでした。',
		},
		tncSucceeded: '{host} への TCP {port} は届きます。',
		tncFailed: '{host} への TCP {port} は届きません。ブロックされているか、待ち受けていません。',
		tncUnknown: '{host} への Test-NetConnection の結果です。',
		nameResolution: '{host} の名前を解決できません。',
		code: '{code}: {meaning}',
		codeUnknown: '{code}: エラー コード一覧にありません。',
	},
	page: {
		privacy:
			'入力したり貼り付けたりした内容は、このブラウザーの外に送信されません。診断はこのページの中で行い、何も送信せず、何も保存しません。',
		needsJs:
			'診断はブラウザーの中で JavaScript を使って行いますが、JavaScript が無効か、まだ読み込まれていません。何を貼り付けるか、ツールが何を読むかは、このページで説明しています。',
		pasteLabel: '貼り付け {n}',
		pasteHelp:
			'slmgr /dlv、/dli、/xpr、/ato の出力、イベント 12288～12294、nslookup、Test-NetConnection、またはエラー コードだけでも構いません。',
		add: '貼り付け欄を追加',
		remove: '削除',
		removeLabel: '貼り付け {n} を削除',
		run: '診断する',
		clear: 'すべて消去',
		empty: '先に出力を貼り付けてください。',
		max: '貼り付けは {max} 件まで読みます。',
		result: '診断結果',
		situation: 'コンピューターごとの状況',
		annotated: '貼り付けた内容 (1 行ずつの説明)',
		annotatedHint:
			'認識した行には印と説明を付けています。ツールが読まない行はそのまま表示しています。',
		recognised: '認識した行',
		plain: '読まなかった行',
		evidence: '根拠',
		where: '貼り付け {n} の {from}～{to} 行目',
		whereLine: '貼り付け {n} の {from} 行目',
		line: '{from} 行目',
		guideLink: 'ガイド: この原因を確認する手順',
		errorLink: 'エラー コード一覧: {code}',
		lab: 'ラボで再現する: {title}',
		found: 'ツールが見つけたもの',
		product: '製品',
		channel: 'チャネル',
		licenseStatus: 'ライセンスの状態',
		timeLeft: '残り時間',
		minutes: '{minutes} 分 (約 {days} 日)',
		kmsHost: 'KMS ホスト',
		lastResult: '最後の結果',
		failed: '失敗 (コードの表示なし)',
		count: '現在の数',
		countNeeds:
			'Windows クライアントには {client}、Windows Server と Office には {server} が必要です。',
		threshold: 'しきい値',
		thresholdFrom: { nPolicy: 'イベントの N-Policy', product: 'この製品の場合' },
	},
	cli: {
		usage:
			'使い方: npm run diagnose -- [--lang ja|en] [--json] < ファイル\n\n標準入力から Windows の出力 (slmgr /dli、/dlv、/xpr、/ato、イベント 12288～12294、nslookup、Test-NetConnection、エラー コード) を読み、診断を表示します。\n複数の貼り付けは ===== (5 文字以上) の行で区切ります。\n\n  --lang ja|en  報告とメッセージの言語 (既定は ja)\n  --json        診断を JSON のデータで出力します\n  --help        この説明を表示します',
		seeHelp: 'npm run diagnose -- --help を参照してください。',
		unknownFlag: '不明なオプションです: {flag}',
		needsValue: 'オプション {flag} には値が必要です',
		takesNoValue: 'オプション {flag} は値を取りません',
		badLang: '--lang には ja か en を指定してください (指定された値: {value})',
		extraArgument: '余分な引数です: {arg} (テキストは標準入力から読みます)',
		noInput: '標準入力が空です。ファイルを渡してください (npm run diagnose -- < output.txt)',
		tooLarge: '標準入力が {max} バイトを超えたため、先頭だけを読みました',
		internal: '内部エラー: {message}',
	},
};
