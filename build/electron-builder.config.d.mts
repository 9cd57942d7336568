// Types for the installer configuration, which stays JavaScript so electron-builder loads it as is.
import type { Configuration } from 'electron-builder';
declare const config: Configuration;
export default config;
