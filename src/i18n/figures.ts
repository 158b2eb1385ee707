import { ja as jaUi } from './ja.ts';
import { en as enUi } from './en.ts';
import type { Locale } from './types.ts';

/**
 * Wording of the guide figures (src/components/figures/). The Astro wrappers pick one locale and
 * pass it to the islands as props, so no island carries both languages. `{name}` placeholders are
 * filled with numbers read from the engine. State names are the lab's (`lab.status.*`).
 */
const ja = {
	openLab: 'この状態をシミュレーターで開く',
	day: '{n} 日目',
	status0: jaUi['lab.status.0'],
	status1: jaUi['lab.status.1'],
	status2: jaUi['lab.status.2'],
	status3: jaUi['lab.status.3'],
	status5: jaUi['lab.status.5'],
	statusNone: 'まだ存在しない',

	countTitle: 'KMS ホストの現在の数としきい値',
	countCaption:
		'KMS ホストに要求したクライアントの数をスライダーで変えると、ホストの現在の数が増えます。Windows Server は現在の数が {server} 以上、Windows クライアントは {client} 以上でライセンス認証されます。',
	countControl: 'KMS ホストに要求したクライアントの数',
	countValue: '{n} 台',
	countNow: '{host} の現在の数: {count}',
	countServerLine: 'Windows Server: {n}',
	countClientLine: 'Windows クライアント: {n}',
	countClients: 'ライセンス認証された Windows クライアント: {licensed} / {machines} 台',
	countDesc:
		'現在の数を示す棒と、{server} と {client} のしきい値の線、クライアント 1 台ごとの状態の一覧。',

	validityTitle: '180 日の有効期間と 7 日ごとの更新',
	validityCaption:
		'日付をスライダーで動かします。社内の PC は {renewal} 日ごとに更新し、成功するたびに {validity} 日の有効期間が先へ延びます。社外に出た PC は {retry} 分ごとに再試行を続けますが、有効期間は最後の成功から動かず、切れると追加の猶予期間に入ります。',
	validityControl: '日付',
	validityWindow: '有効期間 (最後の成功から {n} 日)',
	validitySuccess: '更新の成功',
	validityRows: '{machine}: {status}、有効期限まで {left} 日',
	validityExpired: '{machine}: {status}、有効期間は切れています',
	validityRetries: '最後の成功の後、失敗した試行 {n} 回 ({retry} 分ごと)',
	validityOffice: '社内にある',
	validityAway: '{n} 日後に社外へ',
	validityDesc:
		'2 台の PC の時間軸。更新に成功した日に印があり、有効期間の帯が最後の成功から {validity} 日先まで伸びています。',

	dnsTitle: 'DNS の _vlmcs._tcp SRV レコードによる KMS ホストの検出',
	dnsCaption:
		'KMS クライアントは DNS に SRV レコードを問い合わせ、返ってきたホストとポートに接続します。レコードがなければ KMS ホストは見つからず、{code} で失敗します。',
	dnsControl: 'SRV レコードを登録しておく',
	dnsStep1: '① {machine} が DNS に問い合わせ: {query}',
	dnsStep2Found: '② DNS の応答: {target}:{port} (優先度 {priority}、重み {weight})',
	dnsStep2Missing: '② DNS の応答: レコードなし',
	dnsStep3Found: '③ {host} に TCP {port} で要求 → 現在の数 {count}、結果 {result}',
	dnsStep3Missing: '③ 要求先がないため KMS ホストに接続しない → 結果 {result}',
	dnsClient: 'KMS クライアント',
	dnsServer: 'DNS サーバー',
	dnsHost: 'KMS ホスト',
	dnsDesc: 'KMS クライアント、DNS サーバー、KMS ホストの 3 つの箱と、その間のやり取りを示す矢印。',

	statesTitle: 'ライセンス状態の移り変わり',
	statesCaption:
		'日付をスライダーで動かすと、2 台の KMS クライアントのライセンス状態が変わります。初期猶予期間は {grace} 日、ライセンス認証の有効期間は {validity} 日です。追加の猶予期間の長さは Microsoft のドキュメントで確認できていないため、シミュレーターの仮定に基づいています。',
	statesControl: '日付',
	statesWaiting: '{machine} (ホストの数がしきい値未満で開始)',
	statesAway: '{machine} ({n} 日後に社外へ)',
	statesNow: '{machine}: {status}',
	statesGraceEnd: '初期猶予期間の終わり',
	statesDesc: '2 台の PC の状態を時間軸上の色と模様の帯で示し、選んだ日に縦線を引いたもの。',
};

export type FigureKey = keyof typeof ja;
export type FigureStrings = Record<FigureKey, string>;

const en: FigureStrings = {
	openLab: 'Open this state in the simulator',
	day: 'day {n}',
	status0: enUi['lab.status.0'],
	status1: enUi['lab.status.1'],
	status2: enUi['lab.status.2'],
	status3: enUi['lab.status.3'],
	status5: enUi['lab.status.5'],
	statusNone: 'not there yet',

	countTitle: "The KMS host's count and the thresholds",
	countCaption:
		"Move the slider to change how many clients have contacted the KMS host, and the host's count rises. Windows Server activates at a count of {server} or more, Windows clients at {client} or more.",
	countControl: 'Clients that contacted the KMS host',
	countValue: '{n} clients',
	countNow: '{host} count: {count}',
	countServerLine: 'Windows Server: {n}',
	countClientLine: 'Windows clients: {n}',
	countClients: 'Windows clients activated: {licensed} of {machines}',
	countDesc:
		'A bar showing the count, lines at the thresholds {server} and {client}, and one square per client showing its state.',

	validityTitle: '180-day validity and 7-day renewal',
	validityCaption:
		'Move the slider through the days. The PC in the office renews every {renewal} days, and each success moves its {validity}-day validity forward. The PC away keeps retrying every {retry} minutes, but its validity stays where the last success put it, and when it ends the PC enters additional grace.',
	validityControl: 'Day',
	validityWindow: 'Validity ({n} days from the last success)',
	validitySuccess: 'Successful renewal',
	validityRows: '{machine}: {status}, {left} days of validity left',
	validityExpired: '{machine}: {status}, validity has ended',
	validityRetries: 'Failed attempts since the last success: {n} (every {retry} min)',
	validityOffice: 'in the office',
	validityAway: 'away after {n} days',
	validityDesc:
		'Two PCs on a timeline. Each successful renewal is marked, and a validity band reaches {validity} days past the last success.',

	dnsTitle: 'Finding the KMS host with the _vlmcs._tcp SRV record in DNS',
	dnsCaption:
		'A KMS client asks DNS for the SRV record and contacts the host and port in the answer. Without the record it finds no KMS host and fails with {code}.',
	dnsControl: 'SRV record published',
	dnsStep1: '① {machine} asks DNS for {query}',
	dnsStep2Found: '② DNS answers {target}:{port} (priority {priority}, weight {weight})',
	dnsStep2Missing: '② DNS answers: no such record',
	dnsStep3Found: '③ Request to {host} on TCP {port} → count {count}, result {result}',
	dnsStep3Missing: '③ No host to contact → result {result}',
	dnsClient: 'KMS client',
	dnsServer: 'DNS server',
	dnsHost: 'KMS host',
	dnsDesc:
		'Three boxes, the KMS client, the DNS server and the KMS host, with arrows for the messages between them.',

	statesTitle: 'How the license state changes',
	statesCaption:
		'Move the slider through the days to see two KMS clients change state. The initial grace period is {grace} days and a KMS activation is valid for {validity} days. How long additional grace lasts is not confirmed by Microsoft’s documentation; the simulator assumes a length.',
	statesControl: 'Day',
	statesWaiting: '{machine} (host count below the threshold at first)',
	statesAway: '{machine} (away after {n} days)',
	statesNow: '{machine}: {status}',
	statesGraceEnd: 'End of initial grace',
	statesDesc:
		'The states of two PCs as coloured, patterned bands on a timeline, with a line at the chosen day.',
};

export function figureStrings(locale: Locale): FigureStrings {
	return locale === 'ja' ? ja : en;
}
