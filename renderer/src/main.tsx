import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app';

// zod compiles validators with `new Function` unless told not to; the window's CSP forbids eval.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('FinePrint: the page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
