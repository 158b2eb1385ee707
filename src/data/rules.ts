import type { Localized, Source } from './types.ts';
import {
	ACTIVATE_CLIENTS as CLIENTS,
	ACTIVATION_ERROR_CODES as ERROR_CODES,
	ADBA_ACTIVATION as ADBA,
	ERROR_232B as ERR_232B,
	ERROR_F06C as ERR_F06C,
	ERROR_F074 as ERR_F074,
	EVENT_12293,
	KMS_ACTIVATION as KMS_VAMT,
	KMS_CREATE_HOST as CREATE_HOST,
	KMS_DNS_PROCEDURES as DNS_PROCS,
	KMS_PLANNING as PLANNING,
	KMS_TROUBLESHOOTING as TROUBLESHOOT,
	OFFICE_KMS,
	SLMGR_PAGE as SLMGR,
	VOLUME_ACTIVATION_PLANNING as PLAN,
} from './sources.ts';

/**
 * The rules the activation engine follows (R1 … R11). The engine cites them in comments and
 * tests/engine/rules.test.ts is grouped by them; this file says what each one is, in both
 * languages, with the Microsoft pages it rests on.
 *
 * The numbers in the statements are those of src/data/timers.ts (tests/data/rules.test.ts checks
 * that they agree). Anything no Microsoft source confirms is stated as the lab's assumption
 * and points to src/engine/assumptions.ts, where it is a named, configurable value.
 */

export const RULE_IDS = [
	'R1',
	'R2',
	'R3',
	'R4',
	'R5',
	'R6',
	'R7',
	'R8',
	'R9',
	'R10',
	'R11',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface Rule {
	readonly id: RuleId;
	readonly title: Localized;
	/** One to three sentences: what the engine does, as Microsoft documents it. */
	readonly statement: Localized;
	readonly sources: readonly Source[];
}

export const RULES: readonly Rule[] = [
	{
		id: 'R1',
		title: { ja: 'KMS ホストの検出', en: 'Discovery of the KMS host' },
		statement: {
			ja: 'KMS クライアントは、slmgr /skms で指定された KMS ホストがあればそれを使い、なければ /skms-domain で指定したドメイン、それもなければ自身の DNS サフィックスのゾーンで _vlmcs._tcp の SRV レコードを検索して、優先度の順 (同じ優先度の中では重みに従う) にホストを試し、失敗したホストは外して次のホストを試します。KMS ホストのキャッシュが有効な場合 (/skhc、既定) は、最後に応答したホストを失敗するまで使い続け、失敗したら DNS を検索し直します。現在の Windows が優先度と重みを使うかどうかは Microsoft のページによって記述が異なるため、使うとしているのは本ラボの想定です (src/engine/assumptions.ts)。',
			en: "A KMS client uses the host set with slmgr /skms if there is one; otherwise it looks up _vlmcs._tcp SRV records in the domain set with /skms-domain, or else in the zone of its own DNS suffix, tries the hosts by priority (by weight within a priority), and drops a host that fails to try the next one. With KMS host caching on (/skhc, the default), it keeps using the host that last answered until that host fails, then queries DNS again. Microsoft's pages disagree on whether current Windows uses priority and weight, so that it does is the lab's assumption (src/engine/assumptions.ts).",
		},
		sources: [SLMGR, CLIENTS, DNS_PROCS],
	},
	{
		id: 'R2',
		title: { ja: 'KMS ホストへの接続', en: 'Reaching the host' },
		statement: {
			ja: '問い合わせる KMS ホストが見つからない場合 (検索するゾーンに _vlmcs の SRV レコードがなく、slmgr /skms で指定した名前も解決できない場合)、ライセンス認証は 0x8007232B (DNS 名が存在しません) で失敗し、要求は送信されません。ファイアウォールで TCP 1688 がブロックされている (KMS のファイアウォール規則は既定で無効)、ソフトウェア保護サービス (sppsvc) が停止している、ポートが違う、ホストがオフラインであるなどの理由で応答のない要求は、クライアントのイベント 12288 に 0x800706BA (RPC サーバーを利用できません) として記録され、ホストにはイベント 12290 が記録されません。試したすべての KMS ホストで失敗すると、slmgr /ato は 0xC004F074「キー管理サービス (KMS) に接続できませんでした」を報告します。',
			en: "When a client finds no host to ask (no _vlmcs SRV record in its lookup zone, and no name set with slmgr /skms that resolves), activation fails with 0x8007232B (DNS name does not exist) and no request is sent. A request that gets no answer, because the firewall blocks TCP 1688 (the KMS firewall rule is off by default), the Software Protection service (sppsvc) is stopped, the port is wrong or the host is offline, is logged in the client's event 12288 with 0x800706BA (RPC server unavailable) and leaves no event 12290 on the host. When every host the client tried has failed, slmgr /ato reports 0xC004F074 (no Key Management Service could be contacted).",
		},
		sources: [ERR_232B, ERR_F074, ERROR_CODES, TROUBLESHOOT, CREATE_HOST],
	},
	{
		id: 'R3',
		title: { ja: '時刻のずれ', en: 'Clocks' },
		statement: {
			ja: 'KMS ホストはクライアントの時刻と自身の時刻を UTC で比較し (タイム ゾーンは関係しません)、4 時間を超えてずれている要求を 0xC004F06C で拒否します。このときクライアントの slmgr /ato が報告するのは 0xC004F074 で、0xC004F06C はクライアントのイベント 12288 とホストのイベント 12290 の結果にだけ記録されます。w32tm /resync などで時刻を同期し直すと、ライセンス認証は成功します。',
			en: "The KMS host compares the client's clock with its own in UTC (time zones play no part) and rejects a request when they are more than 4 hours apart, answering 0xC004F06C. On the client, slmgr /ato then reports 0xC004F074, and 0xC004F06C appears only as the result in the client's event 12288 and the host's event 12290. Once the clocks are synchronized again (for example with w32tm /resync), activation succeeds.",
		},
		sources: [ERR_F074, ERR_F06C],
	},
	{
		id: 'R4',
		title: { ja: 'KMS ホスト キーと認証できる製品', en: 'The host key and what it covers' },
		statement: {
			ja: 'KMS ホスト自身の KMS ホスト キー (CSVLK) がライセンス認証されていなければ 0xC004F041 を返し、ホスト キーのグループがクライアントの製品を対象としていなければ 0xC004F042 を返して、その要求を「失敗した要求」の数に加えます (クライアントはカウントしません)。新しいバージョンのライセンス認証に必要な更新プログラムが KMS ホストの OS に適用されていなければそのバージョンも認証できず、Windows Server 2008 R2 の KMS ホストは、どの更新プログラムを適用しても Windows Server 2016 以降を認証できません。古すぎるホストの症状として Microsoft が挙げているのは 0xC004F042 または 0xC004F074 で、本ラボが 0xC004F042 を返して失敗した要求として数えるのは想定です (src/engine/assumptions.ts)。',
			en: "A KMS host whose own host key (CSVLK) is not activated answers 0xC004F041, and a host whose host key group does not cover the client's product answers 0xC004F042 and adds the request to its failed requests without counting the client. A host that lacks the update its OS needs to activate a newer version cannot activate that version either, and no update lets a Windows Server 2008 R2 host activate Windows Server 2016 or later. Microsoft names 0xC004F042 or 0xC004F074 as the symptoms of a host that is too old; that the lab answers 0xC004F042 and counts a failed request is its assumption (src/engine/assumptions.ts).",
		},
		sources: [PLANNING, ERROR_CODES, TROUBLESHOOT, ERR_F074],
	},
	{
		id: 'R5',
		title: { ja: 'カウント (CMID の数)', en: 'The count' },
		statement: {
			ja: 'KMS ホストは要求ごとにクライアント コンピューター ID (CMID) を記録し、過去 30 日間に要求してきた異なる CMID の数をカウントとします (更新のたびに記録は新しくなり、sysprep /generalize で一般化していないイメージから複製したコンピューターは CMID が同じなので 1 台と数えます)。記録できる数はそれまでに受けた最大のしきい値の 2 倍 (サーバーだけなら 10、クライアント OS から要求があれば 50) で、減ることはなく、いっぱいになると古い記録から 30 日を待たずに消えます。KMS サービスを再起動すると記録が消えるかどうかは未確認で、消えるとしているのは本ラボの想定です (src/engine/assumptions.ts)。',
			en: "The KMS host records the client machine ID (CMID) of each request and counts the distinct CMIDs it has seen in the last 30 days; a renewal refreshes a client's entry, and clones made from an image that was not generalized with sysprep /generalize share one CMID and count once. The table holds 2 × the highest threshold the host has seen (10 while only servers have asked, 50 once a client OS has asked) and never shrinks, so when it is full the oldest entry leaves before its 30 days are up. Whether restarting the KMS service clears the table is unconfirmed; the lab assumes it does (src/engine/assumptions.ts).",
		},
		sources: [PLANNING, CLIENTS, TROUBLESHOOT, PLAN],
	},
	{
		id: 'R6',
		title: { ja: 'ライセンス認証のしきい値', en: 'Activation threshold' },
		statement: {
			ja: 'KMS ホストは応答のたびに現在のカウントを返し、カウントは OS の種類をまたいで累積されます。Windows クライアント OS はカウントが 25 以上、Windows Server OS は 5 以上でライセンス認証されます。しきい値に届かないクライアントは 0xC004F038 を受け取り、ライセンスの状態はそのままで、ライセンス認証の間隔 (既定 2 時間) ごとに再試行します。',
			en: 'The KMS host returns the current count with every answer, and counts are cumulative across OS types. A Windows client OS activates when the count is 25 or more, a Windows Server OS when it is 5 or more. Below its threshold a client gets 0xC004F038, keeps its license state and tries again at the activation interval (2 hours by default).',
		},
		sources: [PLANNING, ERROR_CODES, TROUBLESHOOT, CLIENTS],
	},
	{
		id: 'R7',
		title: { ja: 'KMS クライアントのライセンスの状態と期間', en: 'Lifecycle of a KMS client' },
		statement: {
			ja: '新しい KMS クライアントは 30 日間の初期猶予期間で始まり、既定では 2 時間 (120 分) ごとにライセンス認証を試し、KMS ホストから最初の応答を受け取った後はそのホストが送るライセンス認証の間隔と更新間隔 (slmgr /sai、/sri) を使います。ライセンス認証されたクライアントは最後に成功してから 180 日間有効で、既定では 7 日 (10,080 分) ごとに更新し、成功するたびに 180 日が数え直されます (更新に失敗しても状態は変わらずライセンス認証の間隔で再試行し、新しい Windows では期限の 30 日前に警告が表示されます)。180 日が過ぎると追加の猶予期間を経て、ライセンス認証されないまま初期猶予期間が終わった場合は直接、通知 (0xC004F009) の状態に移ります (追加の猶予期間を 30 日と明記しているのは Office だけなので、Windows での 30 日は本ラボの想定です: src/engine/assumptions.ts)。',
			en: "A new KMS client starts in the initial grace period of 30 days and tries to activate every 2 hours (120 minutes) by default; after the first answer from a KMS host it uses the activation and renewal intervals that host sends (slmgr /sai, /sri). An activated client is Licensed for 180 days from its last successful activation and renews every 7 days (10,080 minutes) by default, each success restarting the 180 days; a failed renewal is retried at the activation interval while the client stays Licensed, and newer Windows warns 30 days before the 180 days end. When the 180 days run out the client moves to the additional grace period and then to Notification (0xC004F009), and an initial grace period that ends without activation leads straight to Notification; Microsoft states a 30-day additional grace period for Office only, so its length on Windows is the lab's assumption (src/engine/assumptions.ts).",
		},
		sources: [TROUBLESHOOT, PLANNING, SLMGR, CLIENTS, ERROR_CODES, OFFICE_KMS],
	},
	{
		id: 'R8',
		title: { ja: 'SRV レコードの DNS への発行', en: 'Publishing the SRV record' },
		statement: {
			ja: 'DNS への発行が有効な場合 (既定)、KMS ホストはサービスの開始時に自身のドメインと DnsDomainPublishList に指定した各ドメインに _vlmcs._tcp の SRV レコード (既定のポートは 1688) を登録し、その後 24 時間ごとに登録し直します。ゾーンが動的更新を受け付けないと、KMS ホストはイベント 12293 を (12290 が記録される Key Management Service ログではなく) アプリケーション ログ (ソース Microsoft-Windows-Security-SPP) に記録し、発行に成功するとアプリケーション ログにイベント 12294 を記録します (本ラボが 12293 に記録する HRESULT 0x8007232A は想定です: src/engine/assumptions.ts)。slmgr /cdns で発行を止めても既存のレコードは残るため古くなることがあり、slmgr /sprt で設定したポートはサービスを再起動したときに有効になって、KMS ホストは新しいポートを DNS に登録し、応答でクライアントにも伝えます。',
			en: 'With DNS publishing on (the default), the KMS host registers its _vlmcs._tcp SRV record (port 1688 unless changed) in its own domain and in each domain of DnsDomainPublishList when its service starts, and re-registers it every 24 hours. A zone that refuses the dynamic update makes the host log event 12293 in the Application log (source Microsoft-Windows-Security-SPP), not in the Key Management Service log where 12290 goes, and a successful publication logs 12294 in the Application log; the HRESULT the lab puts in 12293 (0x8007232A) is its assumption (src/engine/assumptions.ts). slmgr /cdns stops publishing but leaves the existing record in place, where it can go stale, and a port set with slmgr /sprt takes effect when the service restarts, after which the host publishes the new port and sends it to clients in its answers.',
		},
		sources: [CREATE_HOST, DNS_PROCS, EVENT_12293, SLMGR, TROUBLESHOOT],
	},
	{
		id: 'R9',
		title: { ja: 'MAK によるライセンス認証', en: 'MAK activation' },
		statement: {
			ja: 'マルチ ライセンス認証キー (MAK) は、Microsoft のライセンス認証サービスでオンラインまたは電話により 1 回だけライセンス認証を行い、その認証に有効期限や更新はありません (成功するたびにキーの認証回数を 1 回使い、残りがなければ 0xC004C020、ブロックされたキーでは 0xC004C003 になります)。オンラインのライセンス認証にはインターネット接続が必要で、接続できないときに本ラボが返す 0x80072EE7 は想定です (src/engine/assumptions.ts)。電話によるライセンス認証では、slmgr /dti でインストール ID を表示し、Microsoft から伝えられた 48 桁の確認 ID を slmgr /atp でインストールします (形式が正しくなければ 0xC004F02C)。',
			en: "A MAK activates a computer once with Microsoft's activation services, online or by phone, and that activation neither expires nor renews; each success uses one activation from the key's allowance, a MAK with none left gives 0xC004C020 and a blocked MAK gives 0xC004C003. Online activation needs internet access, and the result the lab gives without it (0x80072EE7) is its assumption (src/engine/assumptions.ts). For phone activation, slmgr /dti shows the Installation ID and slmgr /atp installs the 48-digit Confirmation ID that Microsoft gives for it; a Confirmation ID in the wrong format gives 0xC004F02C.",
		},
		sources: [PLAN, CLIENTS, KMS_VAMT, ERROR_CODES, SLMGR],
	},
	{
		id: 'R10',
		title: {
			ja: 'Active Directory ベースのライセンス認証 (ADBA)',
			en: 'Active Directory-based activation (ADBA)',
		},
		statement: {
			ja: 'ドメインに参加していて KMS クライアント セットアップ キー (GVLK) を持つクライアントは、まず AD DS で自身の製品に対応するライセンス認証オブジェクトを探し、見つかればそれを使って KMS ホストもしきい値もなしにライセンス認証され、最後にドメインに接続してから 180 日間有効で、既定では 7 日ごとに再認証を試みます。対応するオブジェクトがなければ KMS にフォールバックし (slmgr /act-type 1 で AD のみ、この場合は 0xC004F081、2 で KMS のみに制限できます)、ドメインから離脱したコンピューターは次の再起動で AD によるライセンス認証を失って KMS を試します。ライセンス認証オブジェクトは KMS ホスト キー (CSVLK) を使ってオンラインまたは電話で作成し、名前は 40 文字以内 (超えると 0xC004F082) で、slmgr /del-ao で削除できます。',
			en: 'A domain-joined client with a KMS client setup key (GVLK) first looks in AD DS for an activation object that covers its product and, if it finds one, activates from it with no KMS host and no threshold; it stays activated for 180 days after its last contact with the domain and tries to reactivate every 7 days by default. Without a matching object it falls back to KMS (slmgr /act-type 1 restricts it to AD, giving 0xC004F081, and 2 to KMS), and a computer that leaves the domain loses its AD activation at the next restart and then tries KMS. Activation objects are created from a KMS host key (CSVLK), online or by phone, with names of at most 40 characters (0xC004F082 for a longer name), and slmgr /del-ao deletes them.',
		},
		sources: [ADBA, CLIENTS, SLMGR],
	},
	{
		id: 'R11',
		title: { ja: 'イベントとカウンター', en: 'Events and counters' },
		statement: {
			ja: 'KMS の要求は、クライアントのアプリケーション ログにイベント 12288 として記録され、ホストが処理した場合はさらにホストの Key Management Service ログにイベント 12290、クライアントにイベント 12289 (結果、ライセンス認証されたかどうか、現在のカウント、ホストのライセンス認証の間隔と更新間隔) が記録されます (各フィールドは Microsoft が示す順序のとおり)。KMS ホストは slmgr /dlv で表示される累積カウンター (受信した要求の合計、失敗した要求、ライセンスの状態ごとの要求数) を保持し、これがリセットされるのはホストの OS を再インストールしたときだけです。本ラボはメモリを節約するために新しいイベントだけを残す (またはまったく残さない) ことがありますが、イベント ID ごとの合計は常に保持します (これはシミュレーターの制限で、Windows の動作ではありません)。',
			en: "Each KMS request is logged as event 12288 in the client's Application log and, if the host processes it, as event 12290 in the host's Key Management Service log and event 12289 on the client, which carries the result, whether the client activated, the current count and the host's activation and renewal intervals; the fields follow the order Microsoft documents. The host keeps cumulative counters, shown by slmgr /dlv, of total requests, failed requests and requests by license status, which reset only when the host OS is reinstalled. The lab may keep only its most recent events, or none, to save memory, but it always keeps the totals per event ID; that limit belongs to the simulator, not to Windows.",
		},
		sources: [TROUBLESHOOT, ERR_F074],
	},
];

const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with this id ('R1' … 'R11'), or undefined for anything else. */
export function findRule(id: string): Rule | undefined {
	return RULES_BY_ID.get(id);
}
