/** Entry point of the web app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App.tsx';
import { BASE_PATH } from './base-path.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/pages.css';
import './styles/wheel.css';
import './styles/programs.css';
import './styles/pos-diagram.css';
import './styles/programs-print.css';
import './styles/editor.css';
import './styles/occupations.css';
import './styles/search.css';
import './styles/catalog.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter basename={BASE_PATH === '' ? undefined : BASE_PATH}>
      <App />
    </BrowserRouter>
  </StrictMode>,
);
