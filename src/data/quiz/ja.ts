import type { QuizSet } from './types.ts';

/** 理解度チェックの問題 (日本語)。id と正解の位置は en.ts と同じです。 */
export const ja: QuizSet = {
	'how-kms-works': [
		{
			id: 'host-reply',
			prompt: 'KMS クライアントがライセンス認証を要求したとき、KMS ホストが返すものはどれですか?',
			choices: [
				'クライアントにインストールさせるプロダクト キー',
				'現在の数 (と間隔の設定)',
				'KMS ホスト キー (CSVLK) のコピー',
				'何も返さず、イベントを記録するだけ',
			],
			answer: 1,
			explanation:
				'KMS ホストは現在の数を入れた小さな応答を 1 つ返すだけです。クライアントは自分の GVLK を持ったまま、現在の数が自分の製品のしきい値に達していれば自分自身をライセンス認証します。KMS ホストがプロダクト キーを配ることはありません。',
		},
		{
			id: 'client-key',
			prompt: 'KMS クライアントにインストールされているキーはどれですか?',
			choices: [
				'KMS ホスト キー (CSVLK)',
				'KMS クライアント セットアップ キー (GVLK)',
				'マルチ ライセンス認証キー (MAK)',
				'KMS ホストと同じキー',
			],
			answer: 1,
			explanation:
				'KMS クライアントには GVLK が入っています。ボリューム ライセンスのメディアなら最初から入っています。CSVLK は KMS ホストにだけインストールします。',
		},
		{
			id: 'client-threshold',
			prompt:
				'Windows 11 のクライアントがライセンス認証されるには、KMS ホストの現在の数がいくつ必要ですか?',
			choices: ['5 以上', '25 以上', '50 以上', '数は関係ない'],
			answer: 1,
			explanation:
				'Windows のクライアント OS は 25 以上、Windows Server とボリューム ライセンス版 Office は 5 以上が必要です。数は OS の種類をまたいで累積されます。',
		},
		{
			id: 'what-counts',
			prompt: 'KMS ホストの現在の数は何を数えていますか?',
			choices: [
				'インストールされた GVLK の数',
				'過去 30 日に接続してきた一意のクライアント コンピューター ID (CMID) の数',
				'1 日あたりの要求の数',
				'サインインしたユーザーの数',
			],
			answer: 1,
			explanation:
				'KMS ホストは過去 30 日の一意の CMID を数えます。30 日以内に更新しなかったクライアントは数から外れます。',
		},
		{
			id: 'discovery',
			prompt: 'KMS クライアントは、既定ではどうやって KMS ホストを見つけますか?',
			choices: [
				'ローカル ネットワークへのブロードキャスト',
				'DNS の SRV レコード _vlmcs._tcp',
				'Active Directory のオブジェクト',
				'インターネット上の決まった Microsoft のサーバー',
			],
			answer: 1,
			explanation:
				'クライアントは自分の DNS ドメインで _vlmcs._tcp の SRV レコードを問い合わせます。slmgr /skms で KMS ホストを直接指定することもできます。',
		},
		{
			id: 'port',
			prompt: 'KMS が既定で使うポートはどれですか?',
			choices: ['TCP 443', 'TCP 1688', 'UDP 1688', 'TCP 3389'],
			answer: 1,
			explanation:
				'KMS は既定で TCP 1688 上の匿名 RPC を使います。KMS ホストのポートは slmgr /sprt で変更できます。',
		},
		{
			id: 'client-os-host',
			prompt: 'Windows 11 上の KMS ホストで、Windows Server をライセンス認証できますか?',
			choices: [
				'できる。KMS ホストは何でも認証できる',
				'できない。クライアント OS 上の KMS ホストはクライアント OS しか認証できない',
			],
			answer: 1,
			explanation:
				'Windows Server 上の KMS ホストはサーバー OS とクライアント OS の両方を認証できますが、Windows クライアント OS 上の KMS ホストはクライアント OS しか認証できません。',
		},
	],
	lifecycle: [
		{
			id: 'validity',
			prompt: 'KMS によるライセンス認証は、更新しなければどれだけ有効ですか?',
			choices: ['30 日', '180 日', '1 年', '無期限'],
			answer: 1,
			explanation:
				'ライセンス認証の有効期間は 180 日です。更新に成功するたびに、180 日が最初から数え直されます。',
		},
		{
			id: 'renewal-interval',
			prompt:
				'ライセンス認証済みの KMS クライアントは、既定ではどのくらいの間隔で更新を試みますか?',
			choices: ['2 時間ごと', '7 日ごと', '30 日ごと', '180 日ごと'],
			answer: 1,
			explanation:
				'既定の更新間隔は 7 日 (10,080 分) です。KMS ホストで slmgr /sri を使って設定します。',
		},
		{
			id: 'retry-interval',
			prompt:
				'まだライセンス認証されていないクライアントは、既定ではどのくらいの間隔で再試行しますか?',
			choices: ['15 分ごと', '2 時間ごと', '24 時間ごと', '7 日ごと'],
			answer: 1,
			explanation:
				'既定のライセンス認証間隔は 2 時間 (120 分) です。KMS ホストで slmgr /sai を使って設定します。',
		},
		{
			id: 'initial-grace',
			prompt: '新しい KMS クライアントの初期猶予期間はどれだけですか?',
			choices: ['7 日', '30 日', '180 日', '猶予期間はない'],
			answer: 1,
			explanation:
				'インストール直後の KMS クライアントには 30 日の猶予期間があり、その間 2 時間ごとに KMS ホストへの接続を試みます。',
		},
		{
			id: 'after-180',
			prompt:
				'ライセンス認証済みのクライアントが更新できなくなりました。180 日が過ぎるとどうなりますか?',
			choices: [
				'何も起きず、ライセンス済みのまま',
				'追加の猶予期間 (OOT の猶予期間) に入り、その後は通知状態になる',
				'すぐにシャットダウンする',
				'自動的に MAK に切り替わる',
			],
			answer: 1,
			explanation:
				'OOT の猶予期間 (Additional grace period) に入り、その後通知状態になります。現在の Windows でこの猶予期間が何日かは Microsoft のページで確認できていません (Office は 30 日と明記されています)。',
		},
		{
			id: 'permanent',
			prompt: '期限が切れないライセンス認証はどれですか?',
			choices: ['KMS', 'Active Directory によるライセンス認証', 'MAK とリテール', 'すべて'],
			answer: 2,
			explanation:
				'MAK とリテールのライセンス認証は、ハードウェアを大きく変えない限り永続的です。KMS と ADBA は 180 日有効で、更新が必要です。',
		},
	],
	'kms-host-setup': [
		{
			id: 'host-key',
			prompt: 'KMS ホストにインストールするキーはどれですか?',
			choices: ['GVLK', 'KMS ホスト キー (CSVLK)', 'MAK', '任意のリテール キー'],
			answer: 1,
			explanation:
				'KMS ホスト キー (CSVLK) をインストールすると KMS ホストになり、そのキーを Microsoft でライセンス認証します。クライアントにこのキーが渡ることはありません。',
		},
		{
			id: 'host-limit',
			prompt: '1 つの CSVLK で、KMS ホストを何台までライセンス認証できますか?',
			choices: ['1 台', '6 台 (最初のホストとさらに 5 台)', '25 台', '無制限'],
			answer: 1,
			explanation:
				'1 つの CSVLK で最大 6 台の KMS ホストをライセンス認証でき、各ホストは同じキーで 9 回まで再認証できます。それ以上はライセンス認証専用窓口に相談します。',
		},
		{
			id: 'firewall',
			prompt: '新しい KMS ホストで、KMS 用のファイアウォール規則はどうなっていますか?',
			choices: [
				'すべてのプロファイルで有効',
				'規則はあるが、既定では無効',
				'規則が存在しない',
				'クライアント側でだけ必要',
			],
			answer: 1,
			explanation:
				'規則 SPPSVC-In-TCP はありますが無効です。Microsoft の例では Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True で有効にします。',
		},
		{
			id: 'publishing',
			prompt: '新しい KMS ホストは、どうやってクライアントに自分の存在を知らせますか?',
			choices: [
				'DNS の動的更新で _vlmcs._tcp の SRV レコードを登録する (24 時間ごと)',
				'Active Directory にオブジェクトを作る',
				'自分の名前をブロードキャストする',
				'知らせない。すべてのクライアントで slmgr /skms が必要',
			],
			answer: 0,
			explanation:
				'既定では、KMS ホストは DNS の動的更新で SRV レコードを発行し、24 時間ごとに登録し直します。DNS が動的更新を受け付けない場合は、レコードを手動で作成します。',
		},
		{
			id: 'role',
			prompt: 'ボリューム ライセンス認証サービスの役割をインストールするコマンドはどれですか?',
			choices: [
				'Install-WindowsFeature -Name VolumeActivation -IncludeManagementTools',
				'slmgr /ato',
				'dism /online /enable-kms',
				'Add-KmsHost',
			],
			answer: 0,
			explanation:
				'役割の機能名は VolumeActivation で、ウィザードはボリューム ライセンス認証ツール (vmw.exe) です。',
		},
		{
			id: 'key-group',
			prompt: 'KMS ホスト キーのグループは、どれだけ新しい必要がありますか?',
			choices: [
				'認証するクライアントのうち、いちばん新しいものと同じかそれより新しい',
				'各クライアントと同じエディション',
				'クライアントより古い',
				'関係ない',
			],
			answer: 0,
			explanation:
				'どのクライアントを認証できるかは KMS ホスト キーのグループで決まり、いちばん新しいクライアント以上である必要があります。古すぎると 0xC004F042 が出て、Failed requests が増えます。',
		},
	],
	troubleshooting: [
		{
			id: 'first-step',
			prompt: 'クライアントで 0xC004F074 が出ました。まず何を見ますか?',
			choices: [
				'Windows を再インストールする',
				'クライアントのイベント 12288 (本当のエラーが記録されている)',
				'MAK を購入する',
				'GVLK を入れ替える',
			],
			answer: 1,
			explanation:
				'0xC004F074 は「KMS ホストに接続できなかった」ことしか示しません。クライアントのイベント 12288 に、元になった HRESULT (時刻のずれなら 0xC004F06C など) が記録されます。',
		},
		{
			id: 'no-srv',
			prompt:
				'nslookup -type=all _vlmcs._tcp でレコードが見つかりません。クライアントに出ている可能性が高いエラーはどれですか?',
			choices: ['0x8007232B', '0xC004F06C', '0xC004F042', '0x80070005'],
			answer: 0,
			explanation:
				'0x8007232B は「DNS 名が存在しない」、つまり _vlmcs の SRV レコードが見つからないことを示します。',
		},
		{
			id: 'ip-works',
			prompt:
				'slmgr -skms で KMS ホストの IP アドレスを指定すると成功し、FQDN だと失敗します。何が問題ですか?',
			choices: ['ファイアウォール', '名前解決', 'しきい値', 'KMS ホスト キー'],
			answer: 1,
			explanation:
				'KMS ホストまでの経路は正常なので、ホスト名の名前解決に問題があります。確認が終わったら slmgr -ckms で手動設定を元に戻します。',
		},
		{
			id: 'clock',
			prompt: 'クライアントと KMS ホストの時刻は、どこまでずれていても大丈夫ですか?',
			choices: ['5 分', 'UTC で比べて 4 時間まで', '24 時間', 'タイム ゾーンが同じならいくらでも'],
			answer: 1,
			explanation:
				'UTC で比べて 4 時間を超えてずれると、slmgr /ato は 0xC004F074 を表示します (0xC004F06C はクライアントのイベント 12288 とホストのイベント 12290 に記録されます)。タイム ゾーンは関係ありません。',
		},
		{
			id: 'stuck-count',
			prompt: '40 台のクライアントが接続しているのに、現在の数が 1 のままです。なぜですか?',
			choices: [
				'一般化していないイメージから複製したため、クライアントが同じ CMID を持っている',
				'ファイアウォールが TCP 1688 を止めている',
				'SRV レコードがない',
				'KMS ホストがライセンス認証されていない',
			],
			answer: 0,
			explanation:
				'sysprep /generalize をしていないイメージの複製は同じ CMID を持つため、KMS ホストには 1 台として数えられます。',
		},
		{
			id: 'access-denied',
			prompt: 'slmgr /ipk が 0x80070005 で失敗します。何が問題ですか?',
			choices: ['管理者として実行していない', 'キーが間違っている', 'DNS', 'ポート'],
			answer: 0,
			explanation:
				'0x80070005 は「アクセスが拒否されました」です。管理者として実行したプロンプトから実行します。',
		},
		{
			id: 'port-closed',
			prompt:
				'KMS ホストのポート 1688 への Test-NetConnection の結果が TcpTestSucceeded : False でした。次にすることは?',
			choices: [
				'KMS ホストのファイアウォール規則を有効にし、経路上でも TCP 1688 を通す',
				'クライアントを再インストールする',
				'sysprep /generalize を実行する',
				'新しい GVLK をインストールする',
			],
			answer: 0,
			explanation:
				'ポートが止められています。KMS ホストの規則 SPPSVC-In-TCP は既定で無効です。経路上のネットワーク機器でも TCP 1688 と RPC を通す必要があります。',
		},
	],
};
