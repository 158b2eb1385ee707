import { isDocumentedCode } from '../data/errorCodeList.ts';
import { localePath } from '../i18n/paths.ts';
import type { LabLocale } from './format.ts';

/**
 * Where each field of a KMS message is explained on the site: the glossary's entries (their
 * anchors are the same in both languages), the guide's "request and response" section, and the
 * error reference's entry for a documented result code. tests/browser/lab-protocol.test.ts follows
 * each link to its anchor.
 */
export type MessageField = 'lookup' | 'host' | 'cmid' | 'nPolicy' | 'count' | 'result';

/** The heading of "the request and the response" in guides/how-kms-works.mdx, as Starlight makes its id. */
const REQUEST_SECTION: Record<LabLocale, string> = {
	ja: '要求と応答のやり取り',
	en: 'the-request-and-the-response',
};

const GLOSSARY: Partial<Record<MessageField, string>> = {
	lookup: 'srv-record',
	cmid: 'cmid',
	nPolicy: 'threshold',
	count: 'current-count',
};

export function fieldLink(field: MessageField, locale: LabLocale, result = ''): string {
	const glossary = GLOSSARY[field];
	if (glossary !== undefined) return localePath(locale, `/guides/glossary/#${glossary}`);
	if (field === 'result' && isDocumentedCode(result))
		return localePath(locale, `/guides/error-codes/#${result.toLowerCase()}`);
	return localePath(locale, `/guides/how-kms-works/#${REQUEST_SECTION[locale]}`);
}
