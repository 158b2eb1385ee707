/**
 * The words of the lab's chart as a control (axes, markers, the value line, the slider). Kept out
 * of the site catalogues (ja.ts, en.ts) like labActions.ts: only the lab's page reads them, on the
 * server (src/lab/strings.ts), while every tool island loads those catalogues. Typing the Japanese
 * table by the English keys makes the compiler check that both languages have every string.
 */
export const labChartEn = {
	'lab.chart.slider': 'Time on the chart',
	'lab.chart.hint':
		'Click or drag on the chart to move time there. On the chart, the arrow keys move a day, Page Up and Page Down a week, Home and End to the start and the end.',
	'lab.chart.axisDays': 'day (0 = start)',
	'lab.chart.axisCount': 'current count',
	'lab.chart.axisMachines': 'machines',
	'lab.chart.marks': 'Guided steps and your actions on the chart',
	'lab.chart.stepMark': 'Step {n}, {day}',
	'lab.chart.stepsMark': 'Steps {list}, {day}',
	'lab.chart.actionMark': 'Your action, {day}: {what}',
	'lab.chart.actionsMark': 'Your {n} actions, {days}: {what}',
	'lab.chart.dayRange': 'days {from}–{to}',
	'lab.chart.legendStep': 'guided step',
	'lab.chart.legendAction': 'your action',
	'lab.chart.countValue': '{host} count {n}',
	'lab.chart.stateValue': '{state} {n}',
	'lab.chart.notRun': '{day}: not simulated yet. Release to move time there.',
} as const;

export type LabChartKey = keyof typeof labChartEn;

export const labChartJa: Readonly<Record<LabChartKey, string>> = {
	'lab.chart.slider': 'グラフ上の時点',
	'lab.chart.hint':
		'グラフをクリックまたはドラッグすると、その時点まで時間を移動します。グラフにフォーカスがあるときは、方向キーで 1 日、Page Up キーと Page Down キーで 1 週間、Home キーと End キーで最初と最後に移動します。',
	'lab.chart.axisDays': '日目 (開始日 = 0 日目)',
	'lab.chart.axisCount': '現在の数',
	'lab.chart.axisMachines': '台数',
	'lab.chart.marks': 'グラフ上のガイドのステップと自分の操作',
	'lab.chart.stepMark': 'ステップ {n} ({day})',
	'lab.chart.stepsMark': 'ステップ {list} ({day})',
	'lab.chart.actionMark': '自分の操作 ({day}): {what}',
	'lab.chart.actionsMark': '自分の操作 {n} 件 ({days}): {what}',
	'lab.chart.dayRange': '{from}～{to} 日目',
	'lab.chart.legendStep': 'ガイドのステップ',
	'lab.chart.legendAction': '自分の操作',
	'lab.chart.countValue': '{host} の現在の数: {n}',
	'lab.chart.stateValue': '{state}: {n} 台',
	'lab.chart.notRun':
		'{day}: まだシミュレーションしていません。離すと、その時点まで時間を進めます。',
};
