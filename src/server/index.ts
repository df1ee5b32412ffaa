export { createApp, startServer, type AppOptions, type ExplorerApp, type RunningServer } from './app';
export type * from './api-types';
