/**
 * The programs-of-study routes; App.tsx places them in English and under /es. The pages load on
 * first use, so the diagram, the editor and the validation rules (with the zod schemas their
 * constants come from) stay out of the bundle of the other pages.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { Loading } from '../components/Status.tsx';
import { ProgramsPage } from './ProgramsPage.tsx';

const ProgramPage = lazy(async () => ({
  default: (await import('./ProgramPage.tsx')).ProgramPage,
}));
const ProgramEditPage = lazy(async () => ({
  default: (await import('./ProgramEditPage.tsx')).ProgramEditPage,
}));
const NewProgramPage = lazy(async () => ({
  default: (await import('./ProgramEditPage.tsx')).NewProgramPage,
}));

const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

export const programRoutes = (
  <>
    <Route path="programs" element={<ProgramsPage />} />
    <Route path="programs/new" element={later(<NewProgramPage />)} />
    <Route path="programs/:id" element={later(<ProgramPage />)} />
    <Route path="programs/:id/edit" element={later(<ProgramEditPage />)} />
  </>
);
