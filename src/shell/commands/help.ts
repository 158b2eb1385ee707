import type { Localized } from '../../data/types.ts';
import { ok, type CommandHandler, type ShellContext } from '../context.ts';
import { slmgrUsage } from '../slmgr/usage.ts';

/** True when the arguments ask for help (`/?`, `-?`, `-help`, `/help`). */
export function isHelpRequest(args: readonly string[]): boolean {
	return args.slice(1).some((a) => a === '/?' || a === '-?' || a.toLowerCase() === '-help' || a.toLowerCase() === '/help');
}

/**
 * Usage texts for `<command> /?`. They follow the real tools' usage, shortened to the forms this
 * lab understands (the full texts are long and mostly about options the lab does not model).
 */
const HELP: Readonly<Record<string, Localized>> = {
	cls: { en: 'Clears the screen.\n\nCLS\n', ja: '画面を消去します。\n\nCLS\n' },
	hostname: { en: 'Prints the name of the current host.\n\nhostname\n', ja: '現在のホストの名前を表示します。\n\nhostname\n' },
	type: { en: 'Displays the contents of a text file or files.\n\nTYPE [drive:][path]filename\n', ja: 'テキスト ファイルの内容を表示します。\n\nTYPE [ドライブ:][パス]ファイル名\n' },
	nslookup: {
		en: 'Usage:\n   nslookup [-opt ...]             # interactive mode is not available in this lab\n   nslookup [-opt ...] host        # lookup host using default server\n\n   -type=X  query type: A, SRV or ALL\n\nExamples:\n   nslookup -type=srv _vlmcs._tcp\n   nslookup -type=all _vlmcs._tcp.corp.contoso.com\n   nslookup kms01\n',
		ja: '使用法:\n   nslookup [-opt ...]             # このラボでは対話モードは使えません\n   nslookup [-opt ...] host        # 既定のサーバーでホストを検索します\n\n   -type=X  クエリの種類: A、SRV、ALL\n\n例:\n   nslookup -type=srv _vlmcs._tcp\n   nslookup -type=all _vlmcs._tcp.corp.contoso.com\n   nslookup kms01\n',
	},
	ipconfig: {
		en: '\nUSAGE:\n    ipconfig [/allcompartments] [/? | /all]\n\nwhere\n    /?           Display this help message\n    /all         Display full configuration information.\n',
		ja: '\n使用法:\n    ipconfig [/allcompartments] [/? | /all]\n\n説明:\n    /?           このヘルプ メッセージを表示します\n    /all         完全な構成情報を表示します。\n',
	},
	'test-netconnection': {
		en: 'NAME\n    Test-NetConnection\n\nSYNTAX\n    Test-NetConnection [[-ComputerName] <string>] -Port <int>\n\n    Alias: tnc\n    Reports TcpTestSucceeded for a TCP connection to the port.\n',
		ja: '名前\n    Test-NetConnection\n\n構文\n    Test-NetConnection [[-ComputerName] <string>] -Port <int>\n\n    エイリアス: tnc\n    ポートへの TCP 接続の結果を TcpTestSucceeded で表示します。\n',
	},
	w32tm: {
		en: 'w32tm [/? | /register | /unregister ]\n  /query [/computer:<target>] {/source | /configuration | /peers | /status} [/verbose]\n  /resync [/computer:<computer>] [/nowait] [/rediscover] [/soft]\n\nThis lab models /query /status and /resync.\n',
		ja: 'w32tm [/? | /register | /unregister ]\n  /query [/computer:<target>] {/source | /configuration | /peers | /status} [/verbose]\n  /resync [/computer:<computer>] [/nowait] [/rediscover] [/soft]\n\nこのラボでは /query /status と /resync を使えます。\n',
	},
	sc: {
		en: 'DESCRIPTION:\n        SC is a command line program used for communicating with the\n        Service Control Manager and services.\nUSAGE:\n        sc <server> [command] [service name] <option1> <option2>...\n\n        This lab models: sc query sppsvc, sc stop sppsvc, sc start sppsvc\n',
		ja: '説明:\n        SC は、サービス コントロール マネージャーおよびサービスとの通信に\n        使用するコマンド ライン プログラムです。\n使用法:\n        sc <server> [command] [service name] <option1> <option2>...\n\n        このラボで使えるもの: sc query sppsvc、sc stop sppsvc、sc start sppsvc\n',
	},
	net: {
		en: 'The syntax of this command is:\n\nNET START | STOP [service]\n\nThis lab models the Software Protection service: net stop sppsvc, net start sppsvc\n',
		ja: 'このコマンドの構文は次のとおりです:\n\nNET START | STOP [service]\n\nこのラボではソフトウェア保護サービスだけを扱います: net stop sppsvc、net start sppsvc\n',
	},
	'restart-service': {
		en: 'NAME\n    Restart-Service\n\nSYNTAX\n    Restart-Service [-Name] <string[]> [-Force]\n',
		ja: '名前\n    Restart-Service\n\n構文\n    Restart-Service [-Name] <string[]> [-Force]\n',
	},
	'get-netfirewallrule': {
		en: 'NAME\n    Get-NetFirewallRule\n\nSYNTAX\n    Get-NetFirewallRule -Name <string[]>\n\n    The KMS rule is SPPSVC-In-TCP (TCP 1688, inbound).\n',
		ja: '名前\n    Get-NetFirewallRule\n\n構文\n    Get-NetFirewallRule -Name <string[]>\n\n    KMS の規則は SPPSVC-In-TCP (TCP 1688、受信) です。\n',
	},
	'set-netfirewallrule': {
		en: 'NAME\n    Set-NetFirewallRule\n\nSYNTAX\n    Set-NetFirewallRule -Name <string[]> [-Enabled <True|False>] [-Profile <Any|Domain|Private|Public>]\n\nExample (Microsoft):\n    Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True\n',
		ja: '名前\n    Set-NetFirewallRule\n\n構文\n    Set-NetFirewallRule -Name <string[]> [-Enabled <True|False>] [-Profile <Any|Domain|Private|Public>]\n\n例 (Microsoft のドキュメント):\n    Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True\n',
	},
	'get-winevent': {
		en: "NAME\n    Get-WinEvent\n\nSYNTAX\n    Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12288,12289}\n    Get-WinEvent -FilterHashtable @{LogName='Key Management Service'; Id=12290}\n    Get-WinEvent -LogName 'Key Management Service' [-MaxEvents <int>]\n\n    Add | Format-List to see each event's Info fields.\n",
		ja: "名前\n    Get-WinEvent\n\n構文\n    Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12288,12289}\n    Get-WinEvent -FilterHashtable @{LogName='Key Management Service'; Id=12290}\n    Get-WinEvent -LogName 'Key Management Service' [-MaxEvents <int>]\n\n    各イベントの Info 欄を見るには | Format-List を付けます。\n",
	},
	wevtutil: {
		en: 'Windows Events Command Line Utility.\n\nUsage:\n  wevtutil qe <LogName> [/q:<XPath>] [/c:<count>] [/rd:true|false] [/f:text|xml]\n\nExample:\n  wevtutil qe Application /q:"*[System[(EventID=12288)]]" /c:5 /rd:true /f:text\n',
		ja: 'Windows イベント コマンド ライン ユーティリティ。\n\n使用法:\n  wevtutil qe <ログ名> [/q:<XPath>] [/c:<件数>] [/rd:true|false] [/f:text|xml]\n\n例:\n  wevtutil qe Application /q:"*[System[(EventID=12288)]]" /c:5 /rd:true /f:text\n',
	},
	slui: {
		en: 'slui 0x2a 0x<error code>\n\n    Shows the text of an activation error code.\n',
		ja: 'slui 0x2a 0x<エラー コード>\n\n    ライセンス認証のエラー コードの説明を表示します。\n',
	},
	sysprep: {
		en: 'sysprep /generalize [/oobe] [/shutdown | /reboot] [/quiet]\n\n    /generalize removes the machine-specific data: the machine gets a new client machine ID (CMID)\n    and its activation timers are reset (sysprep calls rearm).\n',
		ja: 'sysprep /generalize [/oobe] [/shutdown | /reboot] [/quiet]\n\n    /generalize はコンピューター固有の情報を取り除きます。新しいクライアント コンピューター ID (CMID) が\n    割り当てられ、ライセンス認証のタイマーがリセットされます (sysprep は rearm を呼び出します)。\n',
	},
	echo: { en: 'Displays messages.\n\nECHO [message]\n', ja: 'メッセージを表示します。\n\nECHO [メッセージ]\n' },
};

export function helpText(ctx: ShellContext, command: string): string {
	if (command === 'slmgr') return `${slmgrUsage(ctx.m)}\n`;
	const entry = HELP[command];
	return entry === undefined ? '' : entry[ctx.lang];
}

const LIST: readonly (readonly [string, Localized])[] = [
	['CLS', { en: 'Clears the screen.', ja: '画面を消去します。' }],
	['ECHO', { en: 'Displays messages.', ja: 'メッセージを表示します。' }],
	['HOSTNAME', { en: 'Prints the computer name.', ja: 'コンピューター名を表示します。' }],
	['IPCONFIG', { en: 'Shows the IP configuration (/all: DNS suffix search list).', ja: 'IP 構成を表示します (/all で DNS サフィックス検索一覧)。' }],
	['NET', { en: 'Starts or stops the Software Protection service (net stop|start sppsvc).', ja: 'ソフトウェア保護サービスを開始・停止します (net stop|start sppsvc)。' }],
	['NSLOOKUP', { en: 'Queries DNS (-type=srv _vlmcs._tcp finds KMS hosts).', ja: 'DNS を照会します (-type=srv _vlmcs._tcp で KMS ホストを探します)。' }],
	['SC', { en: 'Queries the Software Protection service (sc query sppsvc).', ja: 'ソフトウェア保護サービスの状態を表示します (sc query sppsvc)。' }],
	['SLMGR', { en: 'Windows Software Licensing Management Tool (slmgr /? lists every option).', ja: 'Windows ソフトウェア ライセンス管理ツール (slmgr /? ですべてのオプションを表示)。' }],
	['SLUI', { en: 'Shows the text of an activation error code (slui 0x2a 0x<code>).', ja: 'ライセンス認証のエラー コードの説明を表示します (slui 0x2a 0x<コード>)。' }],
	['SYSPREP', { en: 'Generalizes the machine (sysprep /generalize).', ja: 'コンピューターを一般化します (sysprep /generalize)。' }],
	['POWERSHELL', { en: 'Runs a PowerShell command: powershell -Command "..."', ja: 'PowerShell のコマンドを実行します: powershell -Command "..."' }],
	['TYPE', { en: 'Displays a file written with > in this window.', ja: 'このウィンドウで > により書き出したファイルを表示します。' }],
	['VER', { en: 'Displays the Windows version.', ja: 'Windows のバージョンを表示します。' }],
	['W32TM', { en: 'Windows Time: /query /status and /resync.', ja: 'Windows タイム: /query /status と /resync。' }],
	['WEVTUTIL', { en: 'Queries event logs (wevtutil qe ...).', ja: 'イベント ログを照会します (wevtutil qe ...)。' }],
	['Get-WinEvent', { en: 'PowerShell: reads the Application and Key Management Service logs.', ja: 'PowerShell: Application ログと Key Management Service ログを読みます。' }],
	['Get-NetFirewallRule', { en: 'PowerShell: shows the SPPSVC-In-TCP firewall rule.', ja: 'PowerShell: ファイアウォール規則 SPPSVC-In-TCP を表示します。' }],
	['Set-NetFirewallRule', { en: 'PowerShell: enables or disables SPPSVC-In-TCP.', ja: 'PowerShell: SPPSVC-In-TCP を有効または無効にします。' }],
	['Restart-Service', { en: 'PowerShell: restarts sppsvc.', ja: 'PowerShell: sppsvc を再起動します。' }],
	['Test-NetConnection', { en: 'PowerShell: tests a TCP port (TcpTestSucceeded).', ja: 'PowerShell: TCP ポートへの接続を確認します (TcpTestSucceeded)。' }],
];

export const help: CommandHandler = (ctx, args) => {
	const topic = args[1];
	if (topic !== undefined && topic !== '/?') {
		const text = helpText(ctx, topic.toLowerCase().replace(/\.(exe|vbs)$/, ''));
		if (text !== '') return ok(text);
	}
	const width = Math.max(...LIST.map(([name]) => name.length)) + 2;
	const lines = [ctx.m.helpIntro, ...LIST.map(([name, text]) => `${name.padEnd(width)}${text[ctx.lang]}`), '', ctx.m.helpFooter, ''];
	return ok(lines.join('\n'));
};
