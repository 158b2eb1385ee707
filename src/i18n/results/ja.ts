import type { ResultWords } from './types.ts';

export const ja: ResultWords = {
	numberLocale: 'ja-JP',
	errors: {
		invalid_action: '操作が正しくありません (問題 {count} 件)。',
		unknown_target: '{name} という名前の{target}はありません。',
		name_taken: '{name} という名前のコンピューターは既にあります。',
		out_of_range: '{field}は {min}～{max} の整数で指定してください (指定値: {value})。',
		bad_offset: '時刻のずれは "5h" や "-30m" のように指定してください (指定値: {value})。',
		bad_key: '',
		no_forest: 'このシナリオには Active Directory フォレストがありません。',
		no_srv_record: '{zone} に一致する _vlmcs._tcp レコードはありません。',
		object_name_too_long: 'ライセンス認証オブジェクトの名前は {max} 文字以内です。',
		gvlk_by_phone:
			'KMS クライアント (GVLK) は KMS または Active Directory でライセンス認証され、電話では認証できません。',
		limit: '{limit} (この操作で {value} になります)。',
		internal: '{action} を適用できませんでした: {detail}',
	},
	limits: {
		maxMachines: '扱えるコンピューターは {max} 台までです',
		maxAddCount: '一度に追加できるコンピューターは {max} 台までです',
		maxHosts: '扱える KMS ホストは {max} 台までです',
		maxActions: '1 回の実行で記録できる操作は {max} 件までです。リセットしてやり直してください',
		maxActionLogBytes: '記録した操作は {max} バイトまでです。リセットしてやり直してください',
		maxMinutes: 'シミュレーション時間は {days} 日までです',
		maxEvents: '1 回の実行で処理できるイベントは {max} 件までで、この操作にはそれ以上必要です',
		maxTimelineRuns: 'タイムラインで実行できる操作は {max} 件までです',
	},
	limitAlone: '{limit}。',
	badKey: {
		format: 'プロダクト キーが無効です (5 文字ずつ 5 組で入力してください)。',
		unknown: 'プロダクト キーが無効です。',
		wrong_edition: 'このキーは別のエディション用です。',
		wrongEditionGvlk: 'この GVLK は {product} 用ではありません。',
		wrongEditionRetail: 'この製品版のキーは別のエディション用です。',
		host_key_on_client:
			'これは KMS ホスト キー (CSVLK) です。KMS ホストにだけインストールし、クライアントには入れません。',
		not_host_key: 'このシナリオで使える KMS ホスト キー (CSVLK) ではありません。',
		host_os: 'この KMS ホスト キーは、このホストの OS にはインストールできません。',
	},
	targets: {
		machine: 'コンピューター',
		host: 'KMS ホスト',
		any: 'コンピューター',
		zone: 'DNS ゾーン',
		activation_object: 'ライセンス認証オブジェクト',
	},
	fields: {
		interval: '間隔 (分)',
		port: 'ポート',
		actType: 'ライセンス認証の種類',
		offset: '時刻のずれ',
	},
};
