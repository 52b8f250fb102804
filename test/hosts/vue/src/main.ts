import { createApp } from 'vue';
// Defines every lio-* element (here <lio-catalogue>, <lio-intervention-finder> and <lio-maturity-matrix>).
import 'lio-widgets';
import App from './App.vue';

createApp(App).mount('#app');
