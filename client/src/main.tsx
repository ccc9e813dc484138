import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './app/app';
import { applyTheme } from './config/theme';
import { createApiClient } from './lib/graphql-client';
import './app/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
applyTheme(document.documentElement);
createRoot(root).render(
  <StrictMode>
    <Provider value={createApiClient()}>
      <App />
    </Provider>
  </StrictMode>,
);
