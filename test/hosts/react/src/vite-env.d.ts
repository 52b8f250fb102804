/// <reference types="vite/client" />
/// <reference types="lio-widgets/react" />
