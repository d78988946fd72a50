import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { sourceStampPlugin } from './src/server/web-build';

// The web app is served by the API process from dist/web in production; in development
// `vite` serves it and forwards /api to a running server, so the session cookie stays same-origin.
export default defineConfig({
  root: '.',
  // The stamp tells `npm start` which sources dist/web was built from (src/server/web-build.ts).
  plugins: [react(), sourceStampPlugin()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // Keep the few large libraries in their own cacheable files.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
