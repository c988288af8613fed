/**
 * Every copy and download format, in one module that the share bar loads on first use
 * (import('…/share/formats')), so no island carries the builders before a reader shares.
 */
export { csvSummary } from './csv';
export { htmlSummary } from './html';
export { jsonSummary } from './json';
export { markdownSummary } from './markdown';
export { plainTextSummary } from './plain-text';
export { slackSummary } from './slack';
