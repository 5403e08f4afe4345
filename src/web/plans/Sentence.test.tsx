import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { TLang } from '../../contracts/framework.ts';
import { messages } from '../i18n.ts';
import { TitledMessage } from './Sentence.tsx';

const render = (page: TLang, title: string, titleLang: TLang) =>
  renderToStaticMarkup(
    <MemoryRouter
      initialEntries={[page === 'es' ? '/es/students/s1/progress' : '/students/s1/progress']}
    >
      <TitledMessage template={messages[page].prSet} title={title} titleLang={titleLang} />
    </MemoryRouter>,
  );

describe('a message naming a requirement set', () => {
  it('marks an English-only title lang="en" on a Spanish page', () => {
    expect(render('es', 'Cybersecurity', 'en')).toBe(
      'Requisitos: <span lang="en">Cybersecurity</span>',
    );
  });

  it('leaves a title in the page’s language unmarked', () => {
    expect(render('es', 'Enfermería', 'es')).toBe('Requisitos: Enfermería');
    expect(render('en', 'Nursing', 'en')).toBe('Requirements: Nursing');
  });
});
