/** The page routes; the same pages answer under /es in Spanish. */
import { Route, Routes } from 'react-router-dom';
import { accountRoutes } from './account/routes.tsx';
import { caseloadRoutes } from './caseload/routes.tsx';
import { CipPage } from './catalog/CipPage.tsx';
import { CoursePage } from './catalog/CoursePage.tsx';
import { CredentialPage } from './catalog/CredentialPage.tsx';
import { Layout } from './components/Layout.tsx';
import { MePage } from './interests/MePage.tsx';
import { ProfilerPage } from './interests/ProfilerPage.tsx';
import { ResultsPage } from './interests/ResultsPage.tsx';
import { OccupationPage } from './occupations/OccupationPage.tsx';
import { ClusterPage } from './pages/ClusterPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PathwayPage } from './pages/PathwayPage.tsx';
import { perkinsRoutes } from './perkins/routes.tsx';
import { programRoutes } from './pages/program-routes.tsx';
import { planRoutes } from './plans/routes.tsx';
import { SearchPage } from './search/SearchPage.tsx';

const pages = (
  <>
    <Route index element={<HomePage />} />
    <Route path="clusters/:code" element={<ClusterPage />} />
    <Route path="pathways/:code" element={<PathwayPage />} />
    <Route path="occupations/:code" element={<OccupationPage />} />
    <Route path="search" element={<SearchPage />} />
    <Route path="courses/:id" element={<CoursePage />} />
    <Route path="credentials/:id" element={<CredentialPage />} />
    <Route path="cip/:code" element={<CipPage />} />
    <Route path="interest-profiler" element={<ProfilerPage />} />
    <Route path="interest-profiler/results" element={<ResultsPage />} />
    <Route path="me" element={<MePage />} />
    {programRoutes}
    {planRoutes}
    {accountRoutes}
    {caseloadRoutes}
    {perkinsRoutes}
  </>
);

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {pages}
        <Route path="es">{pages}</Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
