import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// The API the widgets talk to: `?api=` (the tests start a server on a free port), else `npm start`'s address.
const apiBase = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:8787';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App apiBase={apiBase} />
  </StrictMode>,
);
