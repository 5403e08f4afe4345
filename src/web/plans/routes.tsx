/** The learning plan routes; App.tsx places them in English and under /es. */
import { Route } from 'react-router-dom';
import { PlanEditorPage } from './PlanEditorPage.tsx';
import { PlanPage } from './PlanPage.tsx';
import { ProgressPage } from './ProgressPage.tsx';
import { WhatIfPage } from './WhatIfPage.tsx';

export const planRoutes = (
  <>
    <Route path="students/:id/plan" element={<PlanPage />} />
    <Route path="students/:id/plan/edit" element={<PlanEditorPage />} />
    <Route path="students/:id/progress" element={<ProgressPage />} />
    <Route path="students/:id/what-if" element={<WhatIfPage />} />
  </>
);
