// Saying data in words for readers: affected versions, CVSS metrics, counts, languages.
export { affectedInWords, rangeInWords, versionsInWords, versionsNamed } from './affected-words.ts';
export { capitalised } from './capitalised.ts';
export { cvssInWords, type MetricInWords } from './cvss-words.ts';
export { languageChoice, languageName } from './language-names.ts';
export { countOf } from './plural.ts';
