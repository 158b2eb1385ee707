import { productName, quote, type ResultCatalogue } from './types.ts';

const n = (v: number): string => v.toLocaleString('ja-JP');

export const ja: ResultCatalogue = {
	errors: {
		invalid_action: (e) => `操作が正しくありません (問題 ${e.issues.length} 件)。`,
		unknown_target: (e) => `${quote(e.name)} という名前の${ja.targets[e.expected]}はありません。`,
		name_taken: (e) => `${quote(e.name)} という名前のコンピューターは既にあります。`,
		out_of_range: (e) => `${ja.fields[e.field]}は ${n(e.min)}～${n(e.max)} の整数で指定してください (指定値: ${e.value})。`,
		bad_offset: (e) => `時刻のずれは "5h" や "-30m" のように指定してください (指定値: ${quote(e.value)})。`,
		bad_key: (e) =>
			e.reason === 'wrong_edition' && e.keyKind === 'gvlk' ? `この GVLK は ${productName(e.product, 'ja')} 用ではありません。` : e.reason === 'wrong_edition' && e.keyKind === 'retail' ? 'この製品版のキーは別のエディション用です。' : ja.badKey[e.reason],
		no_forest: () => 'このシナリオには Active Directory フォレストがありません。',
		no_srv_record: (e) => `${quote(e.zone)} に一致する _vlmcs._tcp レコードはありません。`,
		object_name_too_long: (e) => `ライセンス認証オブジェクトの名前は ${e.max} 文字以内です。`,
		gvlk_by_phone: () => 'KMS クライアント (GVLK) は KMS または Active Directory でライセンス認証され、電話では認証できません。',
		limit: (e) => `${ja.limits[e.limit](e.max)} (この操作で ${n(e.value)} になります)。`,
		internal: (e) => `${e.action} を適用できませんでした: ${e.detail.slice(0, 200)}`,
	},
	limits: {
		maxMachines: (max) => `扱えるコンピューターは ${n(max)} 台までです`,
		maxAddCount: (max) => `一度に追加できるコンピューターは ${n(max)} 台までです`,
		maxHosts: (max) => `扱える KMS ホストは ${n(max)} 台までです`,
		maxActions: (max) => `1 回の実行で記録できる操作は ${n(max)} 件までです。リセットしてやり直してください`,
		maxActionLogBytes: (max) => `記録した操作は ${n(max)} バイトまでです。リセットしてやり直してください`,
		maxMinutes: (max) => `シミュレーション時間は ${n(Math.floor(max / 1440))} 日までです`,
		maxEvents: (max) => `1 回の読み込みや移動で処理できるイベントは ${n(max)} 件までです`,
		maxTimelineRuns: (max) => `タイムラインで実行できる操作は ${n(max)} 件までです`,
	},
	badKey: {
		format: 'プロダクト キーが無効です (5 文字ずつ 5 組で入力してください)。',
		unknown: 'プロダクト キーが無効です。',
		wrong_edition: 'このキーは別のエディション用です。',
		host_key_on_client: 'これは KMS ホスト キー (CSVLK) です。KMS ホストにだけインストールし、クライアントには入れません。',
		not_host_key: 'このシナリオで使える KMS ホスト キー (CSVLK) ではありません。',
		host_os: 'この KMS ホスト キーは、このホストの OS にはインストールできません。',
	},
	targets: { machine: 'コンピューター', host: 'KMS ホスト', any: 'コンピューター', zone: 'DNS ゾーン', activation_object: 'ライセンス認証オブジェクト' },
	fields: { interval: '間隔 (分)', port: 'ポート', actType: 'ライセンス認証の種類', offset: '時刻のずれ' },
};
