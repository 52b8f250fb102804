import { createApp } from 'vue';
// Defines <lio-catalogue> and <lio-intervention-finder>.
import 'lio-widgets';
import App from './App.vue';

createApp(App).mount('#app');
