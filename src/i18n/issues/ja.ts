import { HOST_OS_NAMES, findCsvlkGroup } from '../../data/hostKeys.ts';
import { MAX_INTERVAL, MIN_INTERVAL } from '../../data/timers.ts';
import type {
	ConflictRule,
	ExpectedKind,
	InconsistentRule,
	Issue,
	IssueCode,
	NameKind,
} from '../../engine/issues.ts';
import { GROUP_IDS, HOST_OS_IDS, clip, quote } from '../../engine/jsonCheck.ts';
import { CLI_LIMITS, STRING_LIMITS, type LimitName } from '../../engine/limits.ts';
import { ACTION_TYPES } from '../../engine/scenarioSchema.ts';
import { KIND_NAMES } from '../../engine/scheduler.ts';
import { SNAPSHOT_FORMAT } from '../../engine/snapshot.ts';
import { formatDuration } from '../../engine/time.ts';

// The catalogue's shape lives with the root (Japanese) catalogue, so en.ts imports it from here without an import circle.

/** A sentence for each issue code, as a function of that variant: a new code without words fails the type check. */
export type IssueSentences = {
	readonly [C in IssueCode]: (issue: Extract<Issue, { code: C }>) => string;
};

/** What each expected kind is, as a noun phrase ("a port number from 1 to 65535"). */
export type ExpectedPhrases = { readonly [K in ExpectedKind]: string };

export interface IssueCatalogue {
	readonly sentences: IssueSentences;
	readonly expected: ExpectedPhrases;
	/** "at most N …" for each limit, with the value found. */
	readonly limits: { readonly [L in LimitName]: (max: number, value: number) => string };
	/** "no machine named …" for each kind of name; the name comes quoted. */
	readonly names: { readonly [N in NameKind]: (quotedName: string) => string };
	readonly conflicts: { readonly [R in ConflictRule]: string };
	readonly inconsistent: {
		readonly [R in InconsistentRule]: (issue: Extract<Issue, { code: 'inconsistent' }>) => string;
	};
}

const groups = [...GROUP_IDS].join('、');
const hostOses = [...HOST_OS_IDS].join('、');
const offsetDays = Math.floor(CLI_LIMITS.maxMinutes / 1440);

const groupName = (id: string): string => findCsvlkGroup(id)?.name.ja ?? quote(id);
const osName = (id: string): string =>
	Object.hasOwn(HOST_OS_NAMES, id) ? HOST_OS_NAMES[id as keyof typeof HOST_OS_NAMES].ja : quote(id);

/** Simulated minutes in Japanese units: "1096 日", "1 日 12 時間". */
const span = (minutes: number): string =>
	formatDuration(minutes)
		.replace(/(\d+)d/, '$1 日 ')
		.replace(/(\d+)h/, '$1 時間 ')
		.replace(/(\d+)m/, '$1 分')
		.trim();

export const ja: IssueCatalogue = {
	sentences: {
		expected: (i) =>
			`${i.nullable ? 'null または ' : ''}${Object.hasOwn(ja.expected, i.expected) ? ja.expected[i.expected] : String(i.expected)}を指定してください (指定値: ${clip(String(i.got), 80)})`,
		missing: () => '必須の項目がありません',
		unknown_field: (i) =>
			`不明な項目です (使用できる項目: ${i.allowed.map((a) => clip(String(a), 60)).join(', ')})`,
		unknown_name: (i) =>
			Object.hasOwn(ja.names, i.expected)
				? ja.names[i.expected](quote(i.name))
				: `${quote(i.name)} という名前のものはありません`,
		duplicate_name: (i) =>
			`${quote(i.name)} という名前は既に使われています${i.usedBy !== undefined ? ` (${clip(i.usedBy, 120)})` : ''}`,
		host_key_os: (i) =>
			`${groupName(i.group)} のキーは ${osName(i.os)} にはインストールできません (0xC004F069)`,
		limit: (i) =>
			Object.hasOwn(ja.limits, i.limit)
				? ja.limits[i.limit](i.max, i.value)
				: `上限は ${i.max} です (指定: ${i.value})`,
		conflict: (i) =>
			Object.hasOwn(ja.conflicts, i.rule)
				? ja.conflicts[i.rule]
				: `指定が矛盾しています (${quote(i.rule)})`,
		inconsistent: (i) =>
			Object.hasOwn(ja.inconsistent, i.rule)
				? ja.inconsistent[i.rule as keyof IssueCatalogue['inconsistent']](i)
				: `入力の各部分が食い違っています (${quote(i.rule, 200)})`,
		too_many_issues: (i) => `問題が ${i.max} 件を超えたため、残りは表示していません`,
	},
	expected: {
		string: `制御文字を含まない ${STRING_LIMITS.text} 文字以内の文字列`,
		text: `制御文字を含まない 1～${STRING_LIMITS.text} 文字のテキスト`,
		longText: '制御文字を含まない 1～2000 文字のテキスト',
		token: `空白や制御文字を含まない 1～${STRING_LIMITS.token} 文字の値`,
		name: `英数字とハイフンからなる 1～${STRING_LIMITS.computerName} 文字のコンピューター名 ("PC001" など)`,
		prefix: `英字で始まり、英数字とハイフンからなる 1～${STRING_LIMITS.prefix} 文字の名前の接頭辞 ("PC" など)`,
		domain: `"corp.contoso.com" のような DNS 名 (全体で ${STRING_LIMITS.domain} 文字以内、各ラベルは英数字とハイフンで 1～${STRING_LIMITS.domainLabel} 文字)`,
		domainOrNull: 'null または "corp.contoso.com" のような DNS ドメイン名',
		boolean: 'true または false',
		count: '0～100000 の整数',
		integer: '0 以上の整数',
		minutes: `${MIN_INTERVAL}～${MAX_INTERVAL} の整数 (分単位)`,
		number: '有限の数値',
		time: '0 以上の数値 (分単位)',
		seed: '0～4294967295 の整数',
		duration: '"30d"、"36h"、"90m" のような期間',
		offset: `"5h" や "-30m" のような時刻のずれ (前後 ${offsetDays} 日以内)`,
		port: '1～65535 のポート番号',
		actType: '0 (すべて)、1 (AD のみ)、2 (KMS のみ) のいずれか',
		product:
			'"win11-enterprise" や "ws2022-standard" のような製品 ID (src/data/products.ts を参照)',
		hostOs: `ホスト OS (${hostOses} のいずれか)`,
		group: `KMS ホスト キーのグループ (${groups} のいずれか)`,
		groupOrNull: `null または KMS ホスト キーのグループ (${groups} のいずれか)`,
		localized: '"ja" と "en" のテキストを持つオブジェクト',
		serviceCommand: '"stop"、"start"、"restart" のいずれか',
		date: '"2026-01-05T09:00:00Z" のような UTC の日時',
		object: 'オブジェクト',
		array: '配列',
		action: '{ "type": "activate", "target": "PC001" } のような操作のオブジェクト',
		actionType: `操作の種類 (${ACTION_TYPES.join(', ')} のいずれか)`,
		scenario: '"world" (と省略可能な "timeline") を持つシナリオのオブジェクト',
		snapshot: `保存したシミュレーションの状態 ("format": "${SNAPSHOT_FORMAT}" を持つオブジェクト)`,
		recordedAction: '{ "at", "action" } の形のオブジェクト',
		format: `形式 "${SNAPSHOT_FORMAT}"`,
		world: 'hosts、machines、zones などを持つオブジェクト',
		zone: '{ "name": "corp.contoso.com" } のような DNS ゾーンのオブジェクト',
		timeline: '{ "at", "action" } の配列',
		timelineItem: '{ "at": "3d", "action": { … } } のようなオブジェクト',
		activationObjectName: '制御文字を含まない 1～40 文字の名前',
		productKey: '"XXXXX-XXXXX-XXXXX-XXXXX-XXXXX" の形式のプロダクト キー',
		resultCode: '"0xC004F074" のような結果コード (0x と 16 進数 8 桁)',
		licenseStatus: '0～6 のライセンスの状態',
		keyKind: '"gvlk"、"mak"、"retail"、"csvlk" のいずれか',
		activationMethod: '"kms"、"adba"、"mak"、"retail"、"phone" のいずれか',
		activationObjectMethod: '"online" または "phone"',
		eventId: '既知のイベント ID (12288、12289、12290、12293、12294、"note" のいずれか)',
		eventKind: `スケジュールされたイベントの種類 (0～${KIND_NAMES.length - 1}: ${KIND_NAMES.join(', ')})`,
		statusCounts: 'ライセンスの状態 0～6 ごとの件数を並べた 7 個の配列',
		cmidPair: '["3f2a…", 1440] のような [CMID, 最後に確認した時刻] の組',
		cmidTable: '[CMID, 最後に確認した時刻] の組の配列',
		cmidTables: 'KMS ホストごとの CMID の表の配列',
		savedLog: 'limit、entries、dropped、totals を持つオブジェクト',
		logTotals: 'イベント ID ごとの件数を持つオブジェクト',
		nextNumber: '名前の接頭辞ごとの次の番号を持つオブジェクト',
	},
	limits: {
		maxMachines: (max, value) => `コンピューターは ${max} 台までです (指定: ${value})`,
		maxAddCount: (max, value) =>
			`一度に追加できるコンピューターは ${max} 台までです (指定: ${value})`,
		maxHosts: (max, value) => `KMS ホストは ${max} 台までです (指定: ${value})`,
		maxActions: (max, value) => `記録できる操作は ${max} 件までです (指定: ${value})`,
		maxActionLogBytes: (max, value) => `記録した操作は ${max} バイトまでです (指定: ${value})`,
		maxMinutes: (max, value) =>
			`シミュレーションできるのは開始から ${span(max)}までです (指定: ${span(value)})`,
		maxEvents: (max, value) => `一度に処理できるイベントは ${max} 件までです (指定: ${value})`,
		maxTimelineRuns: (max, value) => `タイムラインの実行は ${max} 回までです (指定: ${value})`,
	},
	names: {
		machine: (name) => `${name} という名前のコンピューターはありません`,
		host: (name) => `${name} という名前の KMS ホストはありません`,
		any: (name) => `${name} という名前のコンピューターも KMS ホストもありません`,
		zone: (name) => `${name} という DNS ゾーンはありません`,
	},
	conflicts: {
		name_with_count:
			'"name" で作るコンピューターは 1 台です。複数台作るには "prefix" と "count" を使ってください',
		times_without_every: '繰り返すには "every" が必要です',
		every_zero: '0 より長い間隔を指定してください',
		not_in_time_order: '操作は時刻の順に並べてください',
	},
	inconsistent: {
		index_position: (i) => `一覧での位置 (${i.expected}) と一致しません (指定値: ${i.got})`,
		expired_before_now: (i) => `状態の期限 (${i.got}) が現在の時刻 (${i.expected}) より前です`,
		licensed_without_activation: () =>
			'ライセンス済み (1) には activatedAt と activatedBy が必要です',
		failed_over_total: (i) => `total (${i.expected}) 以下の値が必要です (指定値: ${i.got})`,
		status_counts_sum: (i) => `件数の合計が total (${i.expected}) と一致しません (合計: ${i.got})`,
		cache_per_host: (i) =>
			`CMID の表は KMS ホストごとに 1 つ必要です (ホスト: ${i.expected}、表: ${i.got})`,
		cache_size: (i) =>
			`エントリはホストの最大しきい値の 2 倍 (${i.expected} 件) までです (指定: ${i.got} 件)`,
		queue_time: (i) => `現在の時刻 (${i.expected}) 以降の時刻が必要です (指定値: ${i.got})`,
		queue_seq: (i) => `seq (${i.expected}) より小さい値が必要です (指定値: ${i.got})`,
		queue_ref_machine: (i) =>
			`存在するコンピューターの番号 (0～${i.expected}) が必要です (指定値: ${i.got})`,
		queue_ref_host: (i) =>
			`存在する KMS ホストの番号 (0～${i.expected}) が必要です (指定値: ${i.got})`,
		queue_ref_timeline: (i) =>
			`存在するタイムライン項目の番号 (0～${i.expected}) が必要です (指定値: ${i.got})`,
		queue_gen: (i) => `現在の世代 (${i.expected}) 以下の値が必要です (指定値: ${i.got})`,
		attempt_without_gvlk: (i) =>
			`${quote(i.name ?? '')} の自動ライセンス認証が予定されていますが、インストールされているキーは GVLK ではありません (自動で試行するのは GVLK のコンピューターだけです)`,
		action_after_now: (i) => `現在の時刻 (${i.expected}) 以前の時刻が必要です (指定値: ${i.got})`,
		cmid_twice: (i) => `CMID ${quote(i.name ?? '')} が 2 回出てきます`,
		cmid_time: (i) => `0 から現在の時刻 (${i.expected}) までの時刻が必要です (指定値: ${i.got})`,
		cmid_order: (i) =>
			`エントリは古い順に並べる必要がありますが、${i.got} が ${i.expected} の後にあります`,
	},
};
