/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'

/** In `vite` (wails dev) only: index.html's CSP also lets Vite's HMR client reach its websocket. */
const devConnect: Plugin = {
  name: 'qunzhu-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("connect-src 'self'", "connect-src 'self' ws://127.0.0.1:* ws://localhost:*"),
}

export default defineConfig({
  plugins: [vue(), devConnect],
  server: { host: '127.0.0.1', strictPort: true },
  build: { chunkSizeWarningLimit: 2000 },
  test: { environment: 'happy-dom', include: ['src/**/*.test.ts'] },
})
