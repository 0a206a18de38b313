import { computed, createApp, watch } from 'vue'
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
// index.html's skeleton stands in for the shell until the workspace and catalog are in.
watch(() => shell.ready, (ready) => { if (ready) document.getElementById('skeleton')?.remove() })
void shell.boot()
