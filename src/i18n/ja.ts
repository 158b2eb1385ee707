/** KMS Lab's own UI strings, Japanese (the root locale). Starlight's UI uses its built-in translations. */
export const ja = {
	'footer.disclaimer': 'KMS Lab は Microsoft とは関係のない独立した教育サイトです。',
	'footer.factsChecked': '事実確認日',
	'footer.about': 'このサイトについて',
	'common.sources': '出典',
	'common.copy': 'コピー',
	'common.copied': 'コピーしました',
	'common.unconfirmed': '未確認',
	'guides.copyFailed': 'コピーできませんでした。テキストを選択して手動でコピーしてください。',
} as const;
