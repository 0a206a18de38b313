import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  plugins: [vue()],
  server: { host: '127.0.0.1', strictPort: true },
  build: { chunkSizeWarningLimit: 2000 },
  test: { environment: 'happy-dom', include: ['src/**/*.test.ts'] },
} as any)
