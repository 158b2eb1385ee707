import { h } from 'preact';
import { LOOKUP_WORDS } from '../../../src/i18n/diagnose/lookup.ts';
import { toolStrings } from '../../../src/i18n/toolStrings.ts';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, findError } from '../../../src/data/errors.ts';
import { getQuiz, QUIZ_IDS } from '../../../src/data/quiz/index.ts';
import { TROUBLESHOOTING } from '../../../src/data/troubleshooting.ts';
import { ErrorEntryView } from '../../../src/components/tools/ErrorEntryView.tsx';
import { ErrorLookup } from '../../../src/components/tools/ErrorLookup.tsx';
import { GvlkPicker } from '../../../src/components/tools/GvlkPicker.tsx';
import { MethodChooser } from '../../../src/components/tools/MethodChooser.tsx';
import { SelfCheck } from '../../../src/components/tools/SelfCheck.tsx';
import { TroubleshootingWizard } from '../../../src/components/tools/TroubleshootingWizard.tsx';

// What the server renders is what a reader without JavaScript gets.
describe.each(['ja', 'en'] as const)('server-rendered HTML (%s)', (locale) => {
	it('self-check: every question with its answer and explanation inside <details>', () => {
		for (const quiz of QUIZ_IDS) {
			const questions = getQuiz(locale, quiz);
			const html = renderToString(h(SelfCheck, { quiz, locale, questions }));
			expect(html.match(/<details/g)?.length).toBe(questions.length);
			for (const q of questions)
				expect(html).toContain(q.explanation.replaceAll('"', '&quot;').slice(0, 20));
			expect(html).not.toContain('type="radio"');
		}
	});

	it('wizard: the whole tree as nested <details>, one anchor per node', () => {
		const html = renderToString(
			h(TroubleshootingWizard, { locale, referencePath: '/guides/error-codes/' })
		);
		for (const node of TROUBLESHOOTING)
			expect(html.match(new RegExp(`id="step-${node.id}"`, 'g'))?.length, node.id).toBe(1);
		expect(html.match(/<details/g)?.length).toBeGreaterThan(20);
		expect(html).toContain(
			'Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True'
		);
	});

	it('lookup: a labelled search form that lands on the reference code list without JS, with a hint', () => {
		const props = {
			locale,
			referencePath: '/guides/error-codes/',
			diagnosePath: '/tools/diagnose/',
			words: LOOKUP_WORDS[locale],
			strings: toolStrings(locale),
		};
		const html = renderToString(h(ErrorLookup, props));
		expect(html).toContain('role="search"');
		expect(html).toContain('action="/guides/error-codes/#kt-ref-index"');
		expect(html).toMatch(/<label for="kt-lookup-input"/);
		expect(html).toContain(
			locale === 'ja' ? '一覧からコードを探して' : 'find the code in the list'
		);
		// The home page's compact form lists every code as a link to its entry until the script runs.
		const home = renderToString(h(ErrorLookup, { ...props, compact: true }));
		for (const entry of ERROR_CODES)
			expect(home).toContain(`href="/guides/error-codes/#${entry.code.toLowerCase()}"`);
	});

	it('method chooser: every question as a labelled fieldset, and a hint instead of a stale result', () => {
		const html = renderToString(h(MethodChooser, { locale }));
		expect(html.match(/<fieldset/g)?.length).toBe(6);
		expect(html.match(/<legend/g)?.length).toBe(6);
		expect(html).not.toContain('kt-verdict');
	});

	it('GVLK picker: a default edition with its key and commands, and the reminder', () => {
		const html = renderToString(h(GvlkPicker, { locale }));
		expect(html).toContain('NPPR9-FWDCX-D2C8J-H872K-2YT43');
		expect(html).toContain('slmgr /ipk NPPR9-FWDCX-D2C8J-H872K-2YT43');
		expect(html).toContain(locale === 'ja' ? '自組織の KMS ホスト' : 'your own KMS host');
	});

	it('error entry: anchor id, disputed entries flagged, no invented fix', () => {
		const disputed = findError('0xC004F066');
		if (disputed === undefined) throw new Error('missing');
		const html = renderToString(
			h(ErrorEntryView, { entry: disputed, locale, withAnchor: true, strings: toolStrings(locale) })
		);
		expect(html).toContain('id="0xc004f066"');
		expect(html).toContain('kt-entry--disputed');
		expect(html).toContain(
			locale === 'ja'
				? '出典で確認できた原因と対処方法はありません'
				: 'No cause or fix is confirmed'
		);
		for (const entry of ERROR_CODES) {
			const out = renderToString(
				h(ErrorEntryView, { entry, locale, withAnchor: true, strings: toolStrings(locale) })
			);
			expect(out).toContain(`id="${entry.code.toLowerCase()}"`);
			for (const source of entry.sources)
				expect(out).toContain(source.title.replaceAll("'", '&#39;').slice(0, 15));
		}
	});
});

describe('method chooser strings', () => {
	it('has a label in both locales for every verdict, group and reason the logic can return', async () => {
		const { chooseMethod } = await import('../../../src/tools/methodChooser.ts');
		const { t } = await import('../../../src/i18n/index.ts');
		const keys = new Set<string>();
		for (const domain of ['all', 'some', 'none'] as const)
			for (const versions of ['modern', 'some-older'] as const)
				for (const [clients, servers] of [
					[0, 0],
					[3, 1],
					[10, 6],
					[30, 5],
					[60, 0],
					[0, 5],
				] as const)
					for (const connection of ['regular', 'some-away'] as const)
						for (const isolated of ['no', 'reaches-central', 'closed'] as const)
							for (const office of [true, false]) {
								const advice = chooseMethod({
									domain,
									versions,
									clients,
									servers,
									connection,
									isolated,
									office,
								});
								keys.add(`tools.chooser.verdict.${advice.verdict}`);
								for (const part of advice.parts) {
									keys.add(`tools.chooser.verdict.${part.method}`);
									keys.add(`tools.chooser.group.${part.group}`);
									for (const reason of part.reasons) keys.add(`tools.chooser.reason.${reason}`);
								}
								for (const note of advice.notes) keys.add(`tools.chooser.reason.${note}`);
							}
		expect(keys.size).toBeGreaterThan(25);
		for (const key of keys) {
			expect(t('ja', key as Parameters<typeof t>[1]), key).toBeTruthy();
			expect(t('en', key as Parameters<typeof t>[1]), key).toBeTruthy();
		}
	});
});
