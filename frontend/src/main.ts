import { computed, createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { setupFeedback } from './feedback'
import { i18n } from './i18n'
import { useShellStore } from './stores/shell'
import { naiveConfig } from './theme'
import './style.css'

const app = createApp(App).use(createPinia())
const shell = useShellStore()
setupFeedback(computed(() => naiveConfig(shell.dark, i18n.lang)))
app.mount('#app')
void shell.boot()
