declare const __LIO_VERSION__: string | undefined;

/** The package version, injected at build time (`0.0.0-dev` when running from source). */
export const VERSION: string = typeof __LIO_VERSION__ === 'string' ? __LIO_VERSION__ : '0.0.0-dev';
