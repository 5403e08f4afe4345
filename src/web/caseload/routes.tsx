/** The caseload routes; App.tsx places them in English and under /es. */
import { Route } from 'react-router-dom';
import { CaseloadPage } from './CaseloadPage.tsx';
import { CaseloadStudentPage } from './StudentPage.tsx';

export const caseloadRoutes = (
  <>
    <Route path="caseload" element={<CaseloadPage />} />
    <Route path="caseload/students/:id" element={<CaseloadStudentPage />} />
  </>
);
