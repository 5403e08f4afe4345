import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TLang } from '../../contracts/framework.ts';
import type { TMyPerkinsStatus } from '../../contracts/perkins.ts';
import { perkinsMessages } from './i18n-perkins.ts';
import { PerkinsStatusList } from './MyPerkinsStatus.tsx';

type Program = TMyPerkinsStatus['programs'][number];
const NURSING = { en: 'Nursing', es: 'Enfermería' };
const program = (status: Program['status'], title: Program['title'] = NURSING): Program => ({
  programKey: title.en.toLowerCase(),
  title,
  status,
});
const render = (lang: TLang, programs: Program[]) =>
  renderToStaticMarkup(<PerkinsStatusList lang={lang} programs={programs} />);
/** The sentences as read, each list item once; text marked lang="en" left out when asked. */
const sentences = (html: string, withoutEnglish = false) =>
  [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) =>
    (withoutEnglish ? m[1]!.replace(/<span lang="en">.*?<\/span>/g, '') : m[1]!).replace(
      /<[^>]+>/g,
      '',
    ),
  );

/** Every word of the English sentences but "CTE", which Spanish uses too. */
const ENGLISH_WORDS = new Set(
  [
    perkinsMessages.en.myParticipant,
    perkinsMessages.en.myConcentrator,
    perkinsMessages.en.myCompleter,
  ]
    .flatMap((s) => s.replace('{program}', '').match(/\p{L}+/gu) ?? [])
    .filter((w) => w !== 'CTE')
    .map((w) => w.toLowerCase()),
);

describe('a student’s own Perkins status sentence', () => {
  it('says each status in English', () => {
    expect(sentences(render('en', [program('participant')]))).toEqual([
      'You are a CTE participant in Nursing.',
    ]);
    expect(sentences(render('en', [program('concentrator')]))).toEqual([
      'You are a CTE concentrator in Nursing.',
    ]);
    expect(sentences(render('en', [program('completer')]))).toEqual([
      'You are a CTE completer in Nursing.',
    ]);
  });

  it('says each status in Spanish, with the glossary’s words and no English', () => {
    const es = (status: Program['status']) => sentences(render('es', [program(status)]));
    expect(es('participant')).toEqual(['Eres participante de CTE en Enfermería.']);
    expect(es('concentrator')).toEqual(['Eres concentrador de CTE en Enfermería.']);
    expect(es('completer')).toEqual(['Eres completador de CTE en Enfermería.']);
    for (const status of ['participant', 'concentrator', 'completer'] as const)
      for (const word of es(status)[0]!.match(/\p{L}+/gu)!)
        expect(ENGLISH_WORDS.has(word.toLowerCase()), `${status}: ${word}`).toBe(false);
  });

  it('one program is one sentence, two programs two; neither participant nor concentrator, none', () => {
    const welding = { en: 'Welding Technology', es: 'Tecnología de soldadura' };
    for (const lang of ['en', 'es'] as const) {
      expect(sentences(render(lang, [program('concentrator')]))).toHaveLength(1);
      const two = sentences(
        render(lang, [program('concentrator'), program('participant', welding)]),
      );
      expect(two).toHaveLength(2);
      expect(two[1]).toContain(welding[lang]);
      // The API lists only programs where the student is at least a participant.
      expect(render(lang, [])).toBe('');
    }
  });

  it('names a program with no Spanish title in English, marked lang="en", on the Spanish page', () => {
    const html = render('es', [program('concentrator', { en: 'Cybersecurity' })]);
    expect(html).toContain('<span lang="en">Cybersecurity</span>');
    expect(sentences(html, true)).toEqual(['Eres concentrador de CTE en .']);
    expect(render('en', [program('concentrator', { en: 'Cybersecurity' })])).not.toContain('lang=');
  });
});
