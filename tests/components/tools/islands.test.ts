import { h } from 'preact';
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
			for (const q of questions) expect(html).toContain(q.explanation.replaceAll('"', '&quot;').slice(0, 20));
			expect(html).not.toContain('type="radio"');
		}
	});

	it('wizard: the whole tree as nested <details>, one anchor per node', () => {
		const html = renderToString(h(TroubleshootingWizard, { locale, referencePath: '/guides/error-codes/' }));
		for (const node of TROUBLESHOOTING) expect(html.match(new RegExp(`id="step-${node.id}"`, 'g'))?.length, node.id).toBe(1);
		expect(html.match(/<details/g)?.length).toBeGreaterThan(20);
		expect(html).toContain('Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True');
	});

	it('lookup: a labelled search form that submits to the reference page, with a no-JS hint', () => {
		const html = renderToString(h(ErrorLookup, { locale, referencePath: '/guides/error-codes/' }));
		expect(html).toContain('role="search"');
		expect(html).toContain('action="/guides/error-codes/"');
		expect(html).toMatch(/<label for="kt-lookup-input"/);
		expect(html).toContain(locale === 'ja' ? '一覧からコードを探して' : 'find the code in the list');
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
		const html = renderToString(h(ErrorEntryView, { entry: disputed, locale, withAnchor: true }));
		expect(html).toContain('id="0xc004f066"');
		expect(html).toContain('kt-entry--disputed');
		expect(html).toContain(locale === 'ja' ? '出典で確認できた原因と対処方法はありません' : 'No cause or fix is confirmed');
		for (const entry of ERROR_CODES) {
			const out = renderToString(h(ErrorEntryView, { entry, locale, withAnchor: true }));
			expect(out).toContain(`id="${entry.code.toLowerCase()}"`);
			for (const source of entry.sources) expect(out).toContain(source.title.replaceAll("'", '&#39;').slice(0, 15));
		}
	});
});
