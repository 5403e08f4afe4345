/** The Perkins V report route; App.tsx places it in English and under /es. */
import { Route } from 'react-router-dom';
import { PerkinsReportPage } from './PerkinsReportPage.tsx';

export const perkinsRoutes = <Route path="reports/perkins" element={<PerkinsReportPage />} />;
