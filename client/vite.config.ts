import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** `npm run dev -w client` proxies the API to a server started with `npm run dev` on port 4000. */
const apiOrigin = process.env.GUANXI_API_ORIGIN ?? 'http://localhost:4000';

/** Largest chunk we ship, in kB; tests/unit/client-bundle.test.ts holds the build to it. */
const CHUNK_LIMIT_KB = 500;

/**
 * Libraries in chunks of their own: they change far less often than our code, so a release of
 * ours leaves them cached in the browser. Their names hash only their own content.
 */
const vendorChunks = {
  groups: [
    { name: 'vendor-cytoscape', test: /node_modules[\\/]cytoscape[\\/]/, priority: 2 },
    {
      name: 'vendor-layout',
      test: /node_modules[\\/](cytoscape-fcose|cose-base|layout-base)[\\/]/,
      priority: 2,
    },
    {
      name: 'vendor-react',
      test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
      priority: 2,
    },
    // View scores (degree, PageRank of what is drawn), with the helpers graphology brings.
    {
      name: 'vendor-graphology',
      test: /node_modules[\\/](graphology[^\\/]*|mnemonist|obliterator|@yomguithereal)[\\/]/,
      priority: 2,
    },
    // Everything else from npm (zod, urql, …), below the groups above in priority.
    { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
  ],
};

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/graphql': apiOrigin, '/health': apiOrigin },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: CHUNK_LIMIT_KB,
    rolldownOptions: { output: { codeSplitting: vendorChunks } },
  },
  // The layout worker (cytoscape headless with fcose) is bundled apart; split it the same way.
  worker: {
    format: 'es',
    rolldownOptions: { output: { codeSplitting: vendorChunks } },
  },
});
