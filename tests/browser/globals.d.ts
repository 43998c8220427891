export {};

declare global {
  interface Window {
    __replicaSubmitted?: Record<string, unknown>;
  }
}
