/// <reference types="vite/client" />
import type { BounceBridge } from '../../shared/api/client';

declare global {
  interface Window {
    /** The only way to the main process: the allowlisted API from the preload (result envelopes). */
    bounce: BounceBridge;
  }
}

export {};
