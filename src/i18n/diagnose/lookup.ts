/**
 * The error lookup's words about several codes and whole outputs, and the hand-over of a paste to
 * the diagnose tool. Kept apart from the diagnose catalogues so the home page's lookup island
 * carries only these few strings. Placeholders: {code}, {cause}, {max}.
 */
export interface LookupWords {
	/** Heading over the other codes found in the same text. */
	readonly others: string;
	/** A code from the text that has no entry. */
	readonly notInReference: string;
	/** 0xC004F074 without the event that explains it. */
	readonly see12288: string;
	/** 0xC004F074 with event 12288 in the paste. */
	readonly explainedBy: string;
	/** A pasted output with codes in it. */
	readonly output: string;
	/** A pasted output without any code. */
	readonly outputNoCode: string;
	readonly openDiagnose: string;
	/** The paste is longer than the diagnose tool reads. */
	readonly tooLong: string;
	/** Storage is blocked and the paste is too long for the address's fragment. */
	readonly tooLongForLink: string;
	/** Before the script runs (or without JavaScript): where `?code=` and the form lead. */
	readonly noscriptIndex: string;
	/** On the diagnose page, after a paste was carried over. */
	readonly carried: string;
}

export const LOOKUP_WORDS: Readonly<Record<'ja' | 'en', LookupWords>> = {
	ja: {
		others: 'テキストにあるほかのコード',
		notInReference: 'エラー コード一覧にないコードです。',
		see12288:
			'0xC004F074 は「KMS ホストに接続できなかった」ことしか示しません。KMS ホストが実際に返したコードは、このクライアントのイベント 12288 (Windows ログ > Application) の最初の値に記録されます。',
		explainedBy:
			'貼り付けたイベント 12288 の最初の値は {cause} です。slmgr が表示した {code} の本当の原因はこちらです。',
		output:
			'複数行の出力が貼り付けられました。エラー コードだけでなく、状態、カウント、イベント、原因の候補まで、診断ツールが出力全体を読みます。',
		outputNoCode:
			'この出力にはエラー コードがありません。正常な出力のこともあります。状態やカウントは診断ツールで確認できます。',
		openDiagnose: '出力全体を診断ツールで読む',
		tooLong:
			'貼り付けた内容が {max} 文字を超えているため、診断ツールへ引き継げません。診断ツールを開き、必要な部分を直接貼り付けてください。',
		tooLongForLink:
			'このブラウザーではページ間の一時保存が使えず、{max} 文字を超える内容はアドレスでも引き継げません。診断ツールを開き、直接貼り付けてください。',
		noscriptIndex: 'コード別の一覧 (各コードへのリンク)',
		carried:
			'エラー コードの検索から引き継いだ内容を貼り付け 1 に入れ、診断しました。内容はこのブラウザーの外に送信されていません。',
	},
	en: {
		others: 'Other codes in the text',
		notInReference: 'not in the error reference.',
		see12288:
			"0xC004F074 only says that no KMS host could be contacted. The code the KMS host really returned is the first field of this client's event 12288 (Windows Logs > Application).",
		explainedBy:
			'Event 12288 in the paste has {cause} as its first field: that is the real cause behind the {code} slmgr showed.',
		output:
			'This is a whole output, several lines. The diagnose tool reads all of it: not only the codes but the state, the count, the events and the likely causes.',
		outputNoCode:
			'There is no error code in this output; it may well be a healthy one. The diagnose tool reads its state and count.',
		openDiagnose: 'Read the whole output in the diagnose tool',
		tooLong:
			'The text is longer than {max} characters, more than the diagnose tool reads, so it is not carried over. Open the diagnose tool and paste the part you need there.',
		tooLongForLink:
			'This browser blocks storage between pages, and text over {max} characters cannot travel in the address either. Open the diagnose tool and paste it there.',
		noscriptIndex: 'Codes listed one by one (a link to each)',
		carried:
			'The text from the error lookup is in paste 1 and diagnosed below. It never left this browser.',
	},
};
