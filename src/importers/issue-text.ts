/**
 * An import problem's text as a message key and its values, so the problem reaches each person
 * in their language (English or Spanish) with its file, line and column unchanged. The English
 * text is written into the problem when it is found (the command line and the logs read it); a
 * delivery that knows the reader's language renders the key again (`localizeIssue`). A problem
 * recorded as plain text (a format not yet keyed) stays in English.
 */
import type { Lang } from '../domain/framework.ts';
import { formatMessage, type MessageValues } from '../domain/i18n/message.ts';
import { credentialMessagesEn, credentialMessagesEs } from './credential-messages.ts';
import { importMessagesEn, importMessagesEs } from './import-messages.ts';
import { edfiMessagesEn, edfiMessagesEs } from './edfi/edfi-messages.ts';
import { jsonFileMessagesEn, jsonFileMessagesEs } from './json-file-messages.ts';
import { oneRosterMessagesEn, oneRosterMessagesEs } from './oneroster/oneroster-messages.ts';
import { rosterMessagesEn, rosterMessagesEs } from './roster-messages.ts';
import type { ImportIssue } from './tabular.ts';
import { transcriptMessagesEn, transcriptMessagesEs } from './transcript-messages.ts';

export const ISSUE_MESSAGES = {
  en: {
    ...importMessagesEn,
    ...rosterMessagesEn,
    ...oneRosterMessagesEn,
    ...edfiMessagesEn,
    ...jsonFileMessagesEn,
    ...transcriptMessagesEn,
    ...credentialMessagesEn,
  },
  es: {
    ...importMessagesEs,
    ...rosterMessagesEs,
    ...oneRosterMessagesEs,
    ...edfiMessagesEs,
    ...jsonFileMessagesEs,
    ...transcriptMessagesEs,
    ...credentialMessagesEs,
  },
} as const;

export type IssueKey = keyof typeof ISSUE_MESSAGES.en;

/** A problem's text: its key and values, and the English it renders to. */
export interface IssueText {
  key: IssueKey;
  params: MessageValues;
  message: string;
}

export function issueText(key: IssueKey, params: MessageValues = {}): IssueText {
  return { key, params, message: formatMessage('en', ISSUE_MESSAGES.en[key], params) };
}

/** The problem in the reader's language: keyed ones rendered again, plain ones as they are. */
export function localizeIssue(issue: ImportIssue, lang: Lang): ImportIssue {
  if (issue.key === undefined || lang === 'en') return issue;
  return {
    ...issue,
    message: formatMessage(lang, ISSUE_MESSAGES[lang][issue.key], issue.params ?? {}),
  };
}

/** What is said after the first problem of a refused import. */
export const REFUSED = {
  en: '{more, plural, =0 {} one { (and # more problem)} other { (and # more problems)}}; nothing was imported.',
  es: '{more, plural, =0 {} one { (y # problema más)} other { (y # problemas más)}}; no se importó nada.',
} as const;
