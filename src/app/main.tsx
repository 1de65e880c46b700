import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './App';
import { createDemoStore } from './demo-store';
import { appRoutes } from './routes';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// Created once, outside React: a router listens to the browser's history from its creation.
const router = createBrowserRouter(appRoutes);

createRoot(root).render(
  <StrictMode>
    <App store={createDemoStore()} router={router} />
  </StrictMode>,
);
