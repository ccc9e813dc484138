import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** `npm run dev -w client` proxies the API to a server started with `npm run dev` on port 4000. */
const apiOrigin = process.env.GUANXI_API_ORIGIN ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/graphql': apiOrigin, '/health': apiOrigin },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape and its layout are one large dependency that the explorer cannot work without.
    chunkSizeWarningLimit: 1200,
  },
});
