import type { Localized, Source } from './types.ts';
import {
	ACTIVATE_CLIENTS as CLIENTS,
	ACTIVATION_ERROR_CODES as ERRORS,
	ERROR_232B as DNS_232B,
	ERROR_F06C as F06C,
	ERROR_F074 as F074,
	EVENT_12293,
	KMS_CLIENT_KEYS as GVLKS,
	KMS_COUNT_NOT_INCREASING as KMS_COUNT,
	KMS_CREATE_HOST as CREATE_HOST,
	KMS_DNS_PROCEDURES as KMS_DNS,
	KMS_PLANNING as PLANNING,
	KMS_TROUBLESHOOTING as GENERAL,
} from './sources.ts';

/**
 * The troubleshooting wizard's decision tree, following Microsoft's recommended order of
 * checks (the sources on each node). A `question` or `check` node offers options; a `fix` node
 * is a leaf.
 * The graph has no cycles; a node may be reached from several places (e.g. the DNS check).
 */
export interface TroubleOption {
	readonly label: Localized;
	readonly next: string;
}

export interface TroubleNode {
	readonly id: string;
	readonly kind: 'question' | 'check' | 'fix';
	readonly title: Localized;
	/** What to do here (check) or what the fix is (fix). */
	readonly body: Localized;
	/** Commands to run, exactly as typed. */
	readonly commands: readonly string[];
	/** How to read the command's result (checks only). */
	readonly read?: Localized;
	/** Empty for fixes. */
	readonly options: readonly TroubleOption[];
	/** Error codes this node is about (linked to the reference page). */
	readonly codes?: readonly string[];
	/** Lab preset that reproduces the problem. */
	readonly scene?: string;
	readonly sources: readonly Source[];
}

export const TROUBLE_START = 'start';

export const TROUBLESHOOTING: readonly TroubleNode[] = [
	{
		id: 'start',
		kind: 'question',
		title: { ja: 'どのような状況ですか?', en: 'What are you seeing?' },
		body: {
			ja: 'いちばん近いものを選んでください。エラー コードがわかっている場合は、そこから始めるのが近道です。',
			en: 'Pick the closest match. If you have an error code, starting from it is the shortest way.',
		},
		commands: [],
		options: [
			{ label: { ja: 'エラー コードが表示された', en: 'I have an error code' }, next: 'code' },
			{
				label: {
					ja: 'クライアントがライセンス認証されない (コードは不明)',
					en: 'A client does not activate (no code at hand)',
				},
				next: 'client-dlv',
			},
			{
				label: { ja: 'KMS ホストの現在の数が増えない', en: "The KMS host's count does not rise" },
				next: 'count-check',
			},
			{
				label: {
					ja: '認証済みだったのに、通知状態になった',
					en: 'It was activated, now it is in the Notifications state',
				},
				next: 'fix-reconnect',
			},
		],
		sources: [GENERAL],
	},
	{
		id: 'code',
		kind: 'question',
		title: { ja: 'どのエラー コードですか?', en: 'Which error code?' },
		body: {
			ja: 'slmgr のダイアログや、イベント 12288 に記録されたコードを選びます。',
			en: 'Pick the code from the slmgr dialog or from event 12288.',
		},
		commands: [],
		options: [
			{
				label: {
					ja: '0xC004F074 / 0xC004F039 / 0x800706BA (KMS ホストに接続できない)',
					en: '0xC004F074 / 0xC004F039 / 0x800706BA (no KMS host could be contacted)',
				},
				next: 'events',
			},
			{
				label: {
					ja: '0x8007232B / 0x8007007B / 0x8007251D (DNS 名が存在しない)',
					en: '0x8007232B / 0x8007007B / 0x8007251D (DNS name does not exist)',
				},
				next: 'dns-srv',
			},
			{
				label: {
					ja: '0xC004F06C (タイムスタンプが無効。イベント 12288 / 12290 に記録されます)',
					en: '0xC004F06C (invalid timestamp; recorded in events 12288 / 12290)',
				},
				next: 'fix-clock',
			},
			{
				label: { ja: '0xC004F038 (数が足りない)', en: '0xC004F038 (count too low)' },
				next: 'count-check',
			},
			{
				label: {
					ja: '0xC004F042 (この製品を認証できない KMS ホスト)',
					en: '0xC004F042 (host cannot activate this product)',
				},
				next: 'fix-host-key',
			},
			{
				label: { ja: '0xC004F041 (KMS ホストが未認証)', en: '0xC004F041 (KMS host not activated)' },
				next: 'fix-activate-host',
			},
			{
				label: { ja: '0x80070005 (アクセス拒否)', en: '0x80070005 (access denied)' },
				next: 'fix-elevate',
			},
			{ label: { ja: 'それ以外のコード', en: 'Another code' }, next: 'fix-lookup' },
		],
		sources: [ERRORS],
	},
	{
		id: 'client-dlv',
		kind: 'check',
		title: { ja: 'クライアントのキーの種類を確認する', en: "Check the client's key channel" },
		body: {
			ja: 'クライアントで次のコマンドを実行し、Description の行を見ます。ライセンスの状態、「KMS machine name from DNS」、クライアント コンピューター ID (CMID) もここで確認できます。',
			en: 'On the client, run the command and look at the Description line. License Status, "KMS machine name from DNS" and the client machine ID (CMID) are shown there too.',
		},
		commands: ['cscript slmgr.vbs /dlv'],
		read: {
			ja: 'Description に VOLUME_KMSCLIENT とあれば GVLK が入っており、KMS クライアントです。RETAIL や MAK と表示される場合、KMS や ADBA では認証されません。',
			en: 'VOLUME_KMSCLIENT in Description means a GVLK is installed and the machine is a KMS client. RETAIL or MAK means it will not activate through KMS or ADBA.',
		},
		options: [
			{
				label: { ja: 'VOLUME_KMSCLIENT と表示される', en: 'It shows VOLUME_KMSCLIENT' },
				next: 'host-dlv',
			},
			{
				label: { ja: 'RETAIL または MAK と表示される', en: 'It shows RETAIL or MAK' },
				next: 'fix-install-gvlk',
			},
		],
		sources: [GENERAL],
	},
	{
		id: 'host-dlv',
		kind: 'check',
		title: { ja: 'KMS ホストの状態を確認する', en: 'Check the KMS host' },
		body: {
			ja: 'KMS ホストで次のコマンドを実行します。ライセンスの状態、現在の数、待ち受けポート、DNS 発行の設定、Description (どの KMS ホスト キーのグループか) を確認し、ソフトウェア保護サービス (sppsvc) が動いているかも確かめます。',
			en: 'On the KMS host, run the commands. Check License Status, the current count, the listening port, DNS publishing and the Description (which host key group), and that the Software Protection service (sppsvc) is running.',
		},
		commands: ['cscript slmgr.vbs /dlv', 'Get-Service sppsvc'],
		read: {
			ja: 'License Status が Licensed で、sppsvc が Running なら KMS ホスト自体は動いています。',
			en: 'License Status: Licensed and sppsvc Running mean the host itself is working.',
		},
		options: [
			{
				label: { ja: 'Licensed で、sppsvc も動いている', en: 'Licensed, and sppsvc is running' },
				next: 'events',
			},
			{
				label: { ja: 'KMS ホストがライセンス認証されていない', en: 'The host is not activated' },
				next: 'fix-activate-host',
			},
			{ label: { ja: 'sppsvc が停止している', en: 'sppsvc is stopped' }, next: 'fix-start-sppsvc' },
		],
		sources: [GENERAL, F074],
	},
	{
		id: 'events',
		kind: 'check',
		title: { ja: 'イベント ログを読む', en: 'Read the event logs' },
		body: {
			ja: 'クライアントの「Windows ログ\\Application」でイベント 12288 (要求を送った) と 12289 (応答を処理した) を、KMS ホストの「アプリケーションとサービス ログ\\Key Management Service」でイベント 12290 (要求を処理した) を探します。KMS ホストの DNS への発行の結果 (12293 = 失敗、12294 = 成功) は、Key Management Service ログではなく、KMS ホストの「Windows ログ\\Application」に記録されます。',
			en: "On the client, find events 12288 (request sent) and 12289 (response processed) in Windows Logs\\Application. On the host, find event 12290 (request processed) in Applications and Services Logs\\Key Management Service. The host's DNS publishing results (12293 = failed, 12294 = succeeded) are not in the Key Management Service log but in the host's Windows Logs\\Application.",
		},
		commands: [
			"Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12288,12289} -MaxEvents 10",
		],
		read: {
			ja: '12288 だけで 12289 がなく、ホストにも 12290 がなければ、要求は KMS ホストに届いていません。12288 の最初の値 (HRESULT) が本当のエラーです。12289 の Count はホストの現在の数です。',
			en: "12288 with no 12289, and no 12290 on the host, means the request never reached the host. The first value of 12288 (HRESULT) is the real error. The Count in 12289 is the host's current count.",
		},
		options: [
			{
				label: {
					ja: '要求がホストに届いていない (12289 も 12290 もない)',
					en: 'The request never reached the host (no 12289, no 12290)',
				},
				next: 'dns-srv',
			},
			{
				label: { ja: '12288 の HRESULT が 0xC004F06C', en: 'The HRESULT in 12288 is 0xC004F06C' },
				next: 'fix-clock',
			},
			{
				label: {
					ja: '12289 はあるが、Count がしきい値に届いていない',
					en: '12289 is there, but its Count is below the threshold',
				},
				next: 'count-check',
			},
			{
				label: {
					ja: 'ホストの 12290 に 0xC004F042 が出る',
					en: 'Event 12290 on the host shows 0xC004F042',
				},
				next: 'fix-host-key',
			},
		],
		codes: ['0xC004F074'],
		sources: [GENERAL, F074],
	},
	{
		id: 'dns-srv',
		kind: 'check',
		title: { ja: 'DNS の SRV レコードを確認する', en: 'Check the DNS SRV record' },
		body: {
			ja: 'クライアントで _vlmcs._tcp の SRV レコードを問い合わせ、ホスト名・ポート・ドメインを確認します。ipconfig /all で IP アドレス、DNS サーバー、既定のゲートウェイ、DNS サフィックス検索一覧も確認します。',
			en: 'On the client, query the _vlmcs._tcp SRV record and check the host name, port and domain. Check the IP address, DNS server, gateway and DNS suffix search list with ipconfig /all.',
		},
		commands: ['nslookup -type=all _vlmcs._tcp', 'ipconfig /all'],
		read: {
			ja: 'SRV レコードが返り、ターゲットが今の KMS ホスト、ポートが 1688 (または設定したポート) なら正常です。DNS マネージャーで古い _VLMCS の SRV レコードや A レコードが残っていないかも見ます。',
			en: 'A returned SRV record whose target is the current KMS host on port 1688 (or your port) is correct. In DNS Manager, also look for stale _VLMCS SRV or A records.',
		},
		options: [
			{
				label: { ja: 'SRV レコードが見つからない', en: 'No SRV record is found' },
				next: 'fix-publishing',
			},
			{
				label: {
					ja: '古いホストや存在しないホストを指している',
					en: 'It points to an old or missing host',
				},
				next: 'fix-stale-records',
			},
			{
				label: { ja: '正しい KMS ホストを指している', en: 'It points to the right KMS host' },
				next: 'manual-skms',
			},
			{
				label: {
					ja: '2 台目以降の KMS ホストだけが載っていない (そのホストにイベント 12293 と 0x80072338)',
					en: 'A second or later KMS host is missing (that host logs event 12293 with 0x80072338)',
				},
				next: 'fix-srv-permissions',
			},
		],
		codes: ['0x8007232B', '0x8007007B', '0x8007251D', '0x80072338'],
		scene: 'dns-missing',
		sources: [KMS_DNS, F074, DNS_232B],
	},
	{
		id: 'manual-skms',
		kind: 'check',
		title: { ja: 'KMS ホストを FQDN で直接指定する', en: 'Point the client at the host by FQDN' },
		body: {
			ja: 'SRV レコードの問題か、名前解決の問題かを切り分けます。クライアントで KMS ホストを FQDN とポートで指定し、ライセンス認証を試します。',
			en: 'Separate a record problem from a name-resolution problem: set the KMS host by FQDN and port on the client, then try to activate.',
		},
		commands: ['slmgr -skms <KMS host FQDN>:1688', 'slmgr -ato'],
		read: {
			ja: '認証に成功すれば、KMS ホストへの経路は正常で、SRV レコードの検索に問題があります。',
			en: 'If activation now succeeds, the path to the host works and the SRV lookup is the problem.',
		},
		options: [
			{ label: { ja: '成功した', en: 'It worked' }, next: 'fix-srv-lookup' },
			{ label: { ja: '失敗した', en: 'It failed' }, next: 'manual-ip' },
		],
		sources: [KMS_DNS],
	},
	{
		id: 'manual-ip',
		kind: 'check',
		title: {
			ja: 'KMS ホストを IP アドレスで指定する',
			en: 'Point the client at the host by IP address',
		},
		body: {
			ja: '今度は KMS ホストの IP アドレスとポートで指定し、もう一度ライセンス認証を試します。',
			en: 'Now set the host by IP address and port, and try again.',
		},
		commands: ['slmgr -skms <KMS host IP>:1688', 'slmgr -ato'],
		read: {
			ja: 'IP アドレスなら成功する場合は、ホスト名の名前解決に問題があります。どちらでも失敗する場合は、ネットワークかファイアウォールを疑います。',
			en: 'If the IP address works, name resolution is the problem. If both fail, suspect the network or the firewall.',
		},
		options: [
			{ label: { ja: '成功した', en: 'It worked' }, next: 'fix-name-resolution' },
			{ label: { ja: '失敗した', en: 'It failed' }, next: 'port-test' },
		],
		sources: [KMS_DNS],
	},
	{
		id: 'port-test',
		kind: 'check',
		title: { ja: 'TCP 1688 に接続できるか確認する', en: 'Test TCP 1688' },
		body: {
			ja: 'クライアントから KMS ホストの TCP 1688 に接続できるか確認します。',
			en: 'From the client, test whether TCP 1688 on the KMS host can be reached.',
		},
		commands: ['Test-NetConnection -ComputerName <KMS host> -Port 1688'],
		read: {
			ja: 'TcpTestSucceeded が True なら接続できています。False ならファイアウォールかネットワークで止まっています。',
			en: 'TcpTestSucceeded: True means the port is reachable; False means a firewall or the network blocks it.',
		},
		options: [
			{
				label: { ja: 'TcpTestSucceeded : False', en: 'TcpTestSucceeded : False' },
				next: 'fix-firewall',
			},
			{
				label: { ja: 'TcpTestSucceeded : True', en: 'TcpTestSucceeded : True' },
				next: 'clock-check',
			},
		],
		codes: ['0x800706BA', '0xC004F039'],
		scene: 'firewall',
		sources: [F074, DNS_232B],
	},
	{
		id: 'clock-check',
		kind: 'check',
		title: { ja: '時刻のずれを確認する', en: 'Check the clocks' },
		body: {
			ja: 'クライアントと KMS ホストの両方で Windows Time サービスの状態と時刻を確認します。比較は UTC で行われるので、タイム ゾーンの違いは関係ありません。',
			en: 'On both the client and the host, check the Windows Time service and the time. They are compared in UTC, so time zones do not matter.',
		},
		commands: ['w32tm /query /status /verbose'],
		read: {
			ja: 'UTC で 4 時間を超えてずれていると、KMS ホストは要求を拒否します。このときクライアントの slmgr /ato に表示されるのは 0xC004F074 で、0xC004F06C はクライアントのイベント 12288 と KMS ホストのイベント 12290 に記録されます。',
			en: "More than 4 hours apart in UTC and the host rejects the request. slmgr /ato on the client then shows 0xC004F074; 0xC004F06C is recorded in the client's event 12288 and the host's event 12290.",
		},
		options: [
			{
				label: { ja: '4 時間を超えてずれている', en: 'More than 4 hours apart' },
				next: 'fix-clock',
			},
			{ label: { ja: '4 時間以内', en: 'Within 4 hours' }, next: 'fix-escalate' },
		],
		codes: ['0xC004F06C'],
		scene: 'clock-skew',
		sources: [F06C, F074],
	},
	{
		id: 'count-check',
		kind: 'check',
		title: { ja: 'KMS ホストの現在の数を確認する', en: "Check the host's current count" },
		body: {
			ja: 'KMS ホストで /dlv を実行し、現在の数 (Current count) と Failed requests received を見ます。現在の数は過去 30 日に接続してきた一意の CMID の数です。',
			en: 'Run /dlv on the KMS host and read the Current count and "Failed requests received". The count is the number of unique CMIDs seen in the last 30 days.',
		},
		commands: ['cscript slmgr.vbs /dlv'],
		read: {
			ja: 'しきい値は Windows クライアントが 25、Windows Server と Office が 5 です。台数は十分なのに数が 1 のままなら CMID が重複しています。Failed requests が増え続けるなら、KMS ホスト キーのグループがクライアントを含んでいません。',
			en: 'The threshold is 25 for Windows clients and 5 for Windows Server and Office. A count stuck at 1 despite enough machines means duplicate CMIDs. A rising "Failed requests" count means the host key group does not cover the clients.',
		},
		options: [
			{
				label: {
					ja: '台数は十分なのに、数が 1 やごく小さい値のまま',
					en: 'Enough machines, but the count stays at 1 or very low',
				},
				next: 'fix-cmid',
			},
			{
				label: {
					ja: '数は増えるが、しきい値にまだ届かない',
					en: 'The count rises but is still below the threshold',
				},
				next: 'fix-threshold',
			},
			{
				label: { ja: 'KMS ホストを何台も立てている', en: 'We run many KMS hosts' },
				next: 'fix-split-hosts',
			},
			{
				label: {
					ja: 'Failed requests received が増え続ける',
					en: '"Failed requests received" keeps rising',
				},
				next: 'fix-host-key',
			},
		],
		codes: ['0xC004F038'],
		sources: [GENERAL, PLANNING],
	},
	// ----- Fixes (leaves) -----
	{
		id: 'fix-install-gvlk',
		kind: 'fix',
		title: { ja: 'GVLK をインストールする', en: 'Install the GVLK' },
		body: {
			ja: 'MAK やリテールのキーが入っているので、エディションに合った KMS クライアント セットアップ キー (GVLK) をインストールしてから認証します。GVLK は自社の KMS ホストか AD のライセンス認証オブジェクトに対してだけ機能します。',
			en: 'A MAK or retail key is installed: install the KMS client setup key (GVLK) for the edition, then activate. A GVLK only works against your own KMS host or AD activation object.',
		},
		commands: ['slmgr /ipk <GVLK>', 'slmgr /ato'],
		options: [],
		sources: [GVLKS, GENERAL],
	},
	{
		id: 'fix-activate-host',
		kind: 'fix',
		title: { ja: 'KMS ホストをライセンス認証する', en: 'Activate the KMS host' },
		body: {
			ja: 'KMS ホスト自体が Microsoft でライセンス認証されていないと、クライアントを認証できません (0xC004F041)。KMS ホストでオンラインまたは電話でライセンス認証します。',
			en: 'A KMS host that is not activated with Microsoft cannot activate clients (0xC004F041). Activate the host online or by phone.',
		},
		commands: ['slmgr /ato', 'slmgr /dlv'],
		options: [],
		codes: ['0xC004F041'],
		sources: [ERRORS],
	},
	{
		id: 'fix-start-sppsvc',
		kind: 'fix',
		title: {
			ja: 'ソフトウェア保護サービスを起動する',
			en: 'Start the Software Protection service',
		},
		body: {
			ja: 'KMS ホストでソフトウェア保護サービス (sppsvc) が止まっていると、要求に応答できません。サービスを起動し、もう一度 /dlv で状態を確認します。',
			en: 'With the Software Protection service (sppsvc) stopped, the host cannot answer. Start it and check /dlv again.',
		},
		commands: ['Start-Service sppsvc', 'cscript slmgr.vbs /dlv'],
		options: [],
		codes: ['0xC004F074'],
		sources: [F074],
	},
	{
		id: 'fix-clock',
		kind: 'fix',
		title: { ja: '時刻を同期する', en: 'Synchronize the clocks' },
		body: {
			ja: 'Windows Time サービスが動いていることを確認し、時刻を同期します。ドメイン メンバーは NT5DS (ドメインの階層) で、スタンドアロンのコンピューターは NtpClient を有効にして同期させます。時刻のずれでは、slmgr /ato には 0xC004F074 が表示され、0xC004F06C はイベント 12288 (クライアント) と 12290 (KMS ホスト) に記録されます。',
			en: 'Make sure the Windows Time service runs and resynchronize. Domain members should use NT5DS (the domain hierarchy); standalone machines need NtpClient enabled. With clock skew, slmgr /ato shows 0xC004F074 and 0xC004F06C is recorded in events 12288 (client) and 12290 (KMS host).',
		},
		commands: ['w32tm /query /status /verbose', 'w32tm /resync', 'slmgr /ato'],
		options: [],
		codes: ['0xC004F06C', '0xC004F074'],
		scene: 'clock-skew',
		sources: [F06C, F074],
	},
	{
		id: 'fix-publishing',
		kind: 'fix',
		title: { ja: 'SRV レコードを発行する', en: 'Publish the SRV record' },
		body: {
			ja: 'KMS ホストで DNS 発行が無効になっていないか (DisableDnsPublishing、slmgr /sdns)、ほかのゾーンにも発行するなら DnsDomainPublishList を設定してサービスを再起動したかを確認します。KMS ホストに DNS の更新権限を与えるか、SRV レコードを手動で作成します。発行に失敗すると KMS ホストの「Windows ログ\\Application」にイベント 12293 が、成功すると 12294 が記録されます (Key Management Service ログではありません)。',
			en: "On the host, check that DNS publishing is on (DisableDnsPublishing, slmgr /sdns); for other zones set DnsDomainPublishList and restart the service. Give the hosts rights to update DNS, or create the SRV record by hand. A failed publish logs event 12293, a successful one 12294, in the host's Windows Logs\\Application (not the Key Management Service log).",
		},
		commands: [
			'slmgr /sdns',
			'nslookup -type=srv _vlmcs._tcp',
			"Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12293,12294} -MaxEvents 10",
		],
		options: [],
		codes: ['0x8007232B'],
		scene: 'dns-missing',
		sources: [KMS_DNS, DNS_232B, CREATE_HOST, EVENT_12293],
	},
	{
		id: 'fix-srv-permissions',
		kind: 'fix',
		title: {
			ja: '2 台目以降の KMS ホストに SRV レコードのアクセス許可を与える',
			en: 'Let the second KMS host update the SRV record',
		},
		body: {
			ja: '最初に _VLMCS の SRV レコードを作った KMS ホストがそのレコードの所有者になり、2 台目以降の KMS ホストは発行できません。その KMS ホストの「Windows ログ\\Application」には、イベント 12293 (Info: 0x80072338) が記録されます。Microsoft の DNS サーバーでは、DNS マネージャーで「前方参照ゾーン\\<ゾーン>\\_tcp」の _VLMCS レコードのプロパティを開き、[セキュリティ] タブでその KMS ホストのコンピューター アカウントにフル コントロールを与えます。または、すべての KMS ホストを 1 つのセキュリティ グループに入れ、各ゾーンの _VLMCS._TCP レコードのフル コントロールをそのグループに与えます。そのあと KMS ホストでソフトウェア保護サービスを再起動します。成功すると、同じログにイベント 12294 が記録されます。',
			en: "The first KMS host to create the _VLMCS SRV record becomes its owner, and a second or later KMS host cannot publish: it logs event 12293 (Info: 0x80072338) in its Windows Logs\\Application. On a Microsoft DNS server, open the properties of the _VLMCS record under Forward Lookup Zones\\<zone>\\_tcp in DNS Manager and, on the Security tab, give that KMS host's computer account Full Control. Or put all KMS hosts in one security group and give the group full control of the _VLMCS._TCP record in each zone. Then restart the Software Protection service on the KMS host. Success logs event 12294 in the same log.",
		},
		commands: [
			'Restart-Service sppsvc',
			"Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12293,12294} -MaxEvents 10",
		],
		options: [],
		codes: ['0x80072338'],
		sources: [EVENT_12293, CLIENTS],
	},
	{
		id: 'fix-stale-records',
		kind: 'fix',
		title: { ja: '古いレコードを削除する', en: 'Remove the stale records' },
		body: {
			ja: 'DNS マネージャーで、もう存在しない KMS ホストを指す _VLMCS の SRV レコードや A レコードを削除します。KMS ホストは既定で 24 時間ごとに SRV レコードを登録し直します。',
			en: 'In DNS Manager, delete _VLMCS SRV and A records that point to hosts that no longer exist. A KMS host re-registers its SRV record every 24 hours by default.',
		},
		commands: ['nslookup -type=all _vlmcs._tcp'],
		options: [],
		codes: ['0x800706BA', '0xC004F074'],
		sources: [KMS_DNS, F074],
	},
	{
		id: 'fix-srv-lookup',
		kind: 'fix',
		title: {
			ja: 'SRV レコードの検索先を直す',
			en: 'Fix where the client looks for the SRV record',
		},
		body: {
			ja: 'クライアントは自分のプライマリ DNS サフィックス (ドメイン メンバーなら AD の DNS ドメイン) のゾーンで SRV レコードを探します。プライマリ DNS サフィックスと DNS サフィックス検索一覧を直すか、slmgr /skms-domain で検索するドメインを指定します。最後に slmgr -ckms で手動設定を元に戻します。',
			en: 'The client looks for the SRV record in its primary DNS suffix zone (the AD DNS domain for domain members). Fix the primary DNS suffix and the suffix search list, or name the lookup domain with slmgr /skms-domain. Finally undo the manual setting with slmgr -ckms.',
		},
		commands: ['ipconfig /all', 'slmgr /skms-domain <DNS domain>', 'slmgr -ckms'],
		options: [],
		sources: [KMS_DNS],
	},
	{
		id: 'fix-name-resolution',
		kind: 'fix',
		title: { ja: '名前解決を直す', en: 'Fix name resolution' },
		body: {
			ja: 'IP アドレスなら接続できるので、KMS ホストのホスト名 (A レコード) の名前解決に問題があります。DNS のレコードとクライアントの DNS 設定を直し、slmgr -ckms で手動設定を元に戻します。',
			en: "The IP address works, so resolving the host name (its A record) fails. Fix the DNS record and the client's DNS settings, then undo the manual setting with slmgr -ckms.",
		},
		commands: ['nslookup <KMS host FQDN>', 'ipconfig /all', 'slmgr -ckms'],
		options: [],
		sources: [KMS_DNS],
	},
	{
		id: 'fix-firewall',
		kind: 'fix',
		title: { ja: 'ファイアウォールで TCP 1688 を開ける', en: 'Open TCP 1688 in the firewall' },
		body: {
			ja: 'KMS ホストのファイアウォール規則 (SPPSVC-In-TCP) は用意されていますが、既定では無効です。Microsoft の例では、ドメインとプライベートのプロファイルだけで有効にします。途中のネットワーク機器でも TCP 1688 と RPC を通します。',
			en: "The KMS rule on the host (SPPSVC-In-TCP) exists but is off by default. Microsoft's example enables it for the Domain and Private profiles only. Allow TCP 1688 and RPC through network devices on the way too.",
		},
		commands: [
			'Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True',
			'Test-NetConnection -ComputerName <KMS host> -Port 1688',
		],
		options: [],
		codes: ['0x800706BA', '0xC004F074'],
		scene: 'firewall',
		sources: [CREATE_HOST, F074],
	},
	{
		id: 'fix-threshold',
		kind: 'fix',
		title: {
			ja: 'しきい値に達するまで待つか、台数を見直す',
			en: 'Reach the threshold, or rethink the method',
		},
		body: {
			ja: 'クライアントは現在の数がしきい値 (Windows クライアント 25、Windows Server と Office 5) に達すると認証されます。数は OS の種類をまたいで累積されます。台数がしきい値に届かない環境では、MAK か、ドメイン環境なら Active Directory によるライセンス認証を検討します。',
			en: 'Clients activate once the count reaches the threshold (25 for Windows clients, 5 for Windows Server and Office); the count is cumulative across OS types. If you will never have that many machines, consider MAK, or Active Directory-based activation in a domain.',
		},
		commands: ['cscript slmgr.vbs /dlv'],
		options: [],
		codes: ['0xC004F038'],
		scene: 'threshold',
		sources: [PLANNING, ERRORS],
	},
	{
		id: 'fix-cmid',
		kind: 'fix',
		title: { ja: 'CMID の重複を解消する', en: 'Remove duplicate CMIDs' },
		body: {
			ja: 'sysprep /generalize をしていないイメージから複製したクライアントは、同じクライアント コンピューター ID (CMID) を持つため、KMS ホストには 1 台に見えます。解決策はベース イメージの作り直しです。参照コンピューターで sysprep /generalize を実行して一般化し (応答ファイルで SkipRearm を使わない)、キャプチャしたイメージでクライアントを展開し直します。展開後、2 台以上で slmgr /dlv の CMID が異なることを確かめます。',
			en: 'Clients cloned from an image that was not generalized share one client machine ID (CMID), so the host sees them as one machine. The fix is to rebuild the base image: generalize the reference computer with sysprep /generalize (no SkipRearm in the answer file), capture it, and redeploy the clients. Then check on two or more of them that slmgr /dlv shows different CMIDs.',
		},
		commands: [
			'%SystemRoot%\\System32\\Sysprep\\sysprep.exe /generalize /oobe /shutdown',
			'cscript slmgr.vbs /dlv',
		],
		options: [],
		codes: ['0xC004F038'],
		scene: 'cloned-image',
		sources: [GENERAL, KMS_COUNT],
	},
	{
		id: 'fix-split-hosts',
		kind: 'fix',
		title: { ja: 'KMS ホストの台数を減らす', en: 'Use fewer KMS hosts' },
		body: {
			ja: 'KMS ホストが多すぎると、クライアントの数がホストごとに分かれ、どのホストもしきい値に届かないことがあります。ほとんどの組織は KMS ホスト 2 台で足ります。',
			en: 'Too many KMS hosts split the count between them, so no host reaches the threshold. Most organizations need no more than two hosts.',
		},
		commands: ['nslookup -type=all _vlmcs._tcp', 'cscript slmgr.vbs /dlv'],
		options: [],
		codes: ['0xC004F038'],
		sources: [GENERAL, PLANNING],
	},
	{
		id: 'fix-host-key',
		kind: 'fix',
		title: {
			ja: 'KMS ホスト キーと更新プログラムを新しくする',
			en: 'Update the host key and the host',
		},
		body: {
			ja: 'KMS ホスト キーのグループは、いちばん新しいクライアントと同じかそれより新しい必要があります。クライアントを含むグループの KMS ホスト キーをインストールし、必要な更新プログラムを KMS ホストに適用します。アプリケーション用と OS 用の KMS ホストが別の場合は、クライアントを正しいホストに向けます。',
			en: 'The host key group must be at least as new as the newest client. Install a host key whose group covers the client, with the updates the host needs. If application and OS hosts are separate, point the client at the right one.',
		},
		commands: ['slmgr /ipk <KMS host key>', 'slmgr /ato', 'cscript slmgr.vbs /dlv'],
		options: [],
		codes: ['0xC004F042'],
		scene: 'old-host-key',
		sources: [PLANNING, GENERAL],
	},
	{
		id: 'fix-elevate',
		kind: 'fix',
		title: { ja: '管理者として実行する', en: 'Run elevated' },
		body: {
			ja: 'コマンド プロンプトや PowerShell を「管理者として実行」で開き直してから、コマンドを実行します。',
			en: 'Open the command prompt or PowerShell with "Run as administrator", then run the command again.',
		},
		commands: [],
		options: [],
		codes: ['0x80070005'],
		sources: [ERRORS],
	},
	{
		id: 'fix-reconnect',
		kind: 'fix',
		title: { ja: '社内ネットワークにつないで認証し直す', en: 'Reconnect and activate again' },
		body: {
			ja: 'KMS のライセンス認証の有効期間は 180 日で、既定では 7 日ごとに更新されます。長く社外にあったコンピューターは更新できずに期間が切れ、猶予期間を経て通知状態 (0xC004F009) になります。社内ネットワークにつないで認証し直します。長期間戻らないコンピューターには MAK が向いています。',
			en: 'KMS activation lasts 180 days and renews every 7 days by default. A machine away from the network too long cannot renew, runs out, and after a grace period lands in the Notifications state (0xC004F009). Connect it to the corporate network and activate. MAK suits machines that stay away for long.',
		},
		commands: ['slmgr /ato', 'slmgr /xpr'],
		options: [],
		codes: ['0xC004F009'],
		scene: 'laptop-away',
		sources: [PLANNING, GENERAL],
	},
	{
		id: 'fix-lookup',
		kind: 'fix',
		title: { ja: 'エラー コード一覧で調べる', en: 'Look the code up' },
		body: {
			ja: 'エラー コード一覧で、意味・よくある原因・対処方法を確認します。一覧にないコードは、slui.exe 0x2a 0x<コード> でメッセージを表示できます。',
			en: 'Find the meaning, usual cause and fix in the error code reference. For a code not listed there, slui.exe 0x2a 0x<code> shows its message.',
		},
		commands: ['slui.exe 0x2a 0x<code>'],
		options: [],
		sources: [ERRORS],
	},
	{
		id: 'fix-escalate',
		kind: 'fix',
		title: { ja: 'サポートに必要な情報を集める', en: 'Collect what Support needs' },
		body: {
			ja: 'ここまでの確認で原因が見つからない場合は、クライアントと KMS ホストの両方の slmgr /dlv の出力、クライアントの Application ログ、KMS ホストの Key Management Service ログを集めて Microsoft サポートに問い合わせます。',
			en: "If these checks found nothing, collect slmgr /dlv from both the client and the host, the client's Application log and the host's Key Management Service log, and contact Microsoft Support.",
		},
		commands: ['cscript slmgr.vbs /dlv'],
		options: [],
		sources: [GENERAL, ERRORS],
	},
];

const byId = new Map(TROUBLESHOOTING.map((node) => [node.id, node]));

export function findTroubleNode(id: string): TroubleNode | undefined {
	return byId.get(id);
}
