import { css } from 'lit';
import { tokens } from './tokens.js';

/** Shared host, typography, focus, skeleton and error-view styles for every element. */
export const baseStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_lio-font-family);
      font-size: var(--_lio-font-size);
      line-height: var(--_lio-line-height);
      color: var(--_lio-color-text);
    }

    :host([hidden]) {
      display: none;
    }

    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }

    :focus-visible {
      outline: var(--_lio-focus-width) solid var(--_lio-color-focus);
      outline-offset: 2px;
    }

    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    button {
      font: inherit;
      cursor: pointer;
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      padding: calc(var(--_lio-space) * 1) calc(var(--_lio-space) * 2);
      border-radius: var(--_lio-radius);
      border: 1px solid var(--_lio-color-accent);
      background: var(--_lio-color-accent);
      color: var(--_lio-color-accent-contrast);
    }

    .skeleton {
      display: grid;
      gap: var(--_lio-space);
      min-block-size: var(--lio-min-block-size, 12rem);
      padding: var(--_lio-space);
    }

    .skeleton-line {
      block-size: 1rem;
      border-radius: var(--_lio-radius);
      background: var(--_lio-color-skeleton);
      animation: lio-pulse 1.4s ease-in-out infinite;
    }

    .skeleton-line:nth-child(2n) {
      inline-size: 70%;
    }

    @keyframes lio-pulse {
      50% {
        opacity: 0.45;
      }
    }

    .error {
      border: 2px solid var(--_lio-color-danger);
      background: var(--_lio-color-danger-surface);
      color: var(--_lio-color-text);
      border-radius: var(--_lio-radius);
      padding: calc(var(--_lio-space) * 2);
      overflow-wrap: anywhere;
    }

    .error-title {
      margin: 0 0 var(--_lio-space);
      font-size: 1.125em;
      font-weight: 700;
    }

    .error p {
      margin: 0 0 var(--_lio-space);
    }

    .error-problems {
      margin: 0 0 var(--_lio-space);
      padding-inline-start: 1.25rem;
    }

    .error-problems code {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.9em;
    }

    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation: none !important;
        transition: none !important;
      }
    }

    @media print {
      .skeleton,
      button {
        display: none;
      }
    }
  `,
];
