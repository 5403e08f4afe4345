/**
 * A progress sentence from its parts: a course title the school wrote only in English is marked
 * `lang="en"` inside a Spanish sentence, and the page says so once (`EnglishTitlesNote`), as the
 * occupation pages do for texts with no Spanish version yet.
 */
import { Fragment } from 'react';
import type { TProgressCheck } from '../../contracts/progress.ts';
import type { TLang } from '../../contracts/framework.ts';
import { messageParts } from '../../domain/i18n/message.ts';
import { useLang } from '../use-lang.ts';

type Parts = TProgressCheck['requirements'][number]['sentenceParts'];

export function Sentence({ parts }: { parts: Parts }) {
  return (
    <>
      {parts.map((part, i) =>
        part.lang ? (
          <span key={i} lang={part.lang}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** A title in its own language: marked when it is not the page's. */
export function Title({ text, lang }: { text: string; lang: TLang }) {
  const page = useLang().lang;
  return lang === page ? <>{text}</> : <span lang={lang}>{text}</span>;
}

/**
 * A message whose `{title}` is a title in its own language ("Requisitos: {title}" with an
 * English-only set title marked `lang="en"`).
 */
export function TitledMessage({
  template,
  title,
  titleLang,
}: {
  template: string;
  title: string;
  titleLang: TLang;
}) {
  const { lang } = useLang();
  const node = <Title text={title} lang={titleLang} />;
  return (
    <>
      {messageParts(lang, template, {}, { title: node }).map((part, i) => (
        <Fragment key={i}>{part}</Fragment>
      ))}
    </>
  );
}

/** Whether a check shows any title in another language than the page's. */
export function hasOtherLanguage(check: TProgressCheck, lang: TLang): boolean {
  const parts = [
    ...check.requirements.flatMap((r) => [
      r.sentenceParts,
      ...r.courses.map((c) => c.sentenceParts),
    ]),
    ...check.notCounted.map((c) => c.sentenceParts),
  ];
  return (
    parts.some((list) => list.some((p) => p.lang && p.lang !== lang)) ||
    check.setTitleLang !== lang ||
    check.requirements.some((r) => r.titleLang !== lang) ||
    check.unused.some((c) => c.titleLang !== lang)
  );
}

/** Said once on a page whose checks show English titles on a Spanish page. */
export function EnglishTitlesNote({ checks }: { checks: readonly (TProgressCheck | null)[] }) {
  const { lang, t } = useLang();
  if (lang === 'en' || !checks.some((c) => c && hasOtherLanguage(c, lang))) return null;
  return <p className="untranslated-note">{t.prEnglishTitles}</p>;
}
