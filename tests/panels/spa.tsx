import { type ReactNode, useEffect, useState } from 'react';
import type { ReplicaConfig } from './data';

// The little a replica needs to behave like a single-page panel: pushState links, back/forward, and content that
// arrives after the first paint.

declare global {
  interface Window {
    __REPLICA__: ReplicaConfig;
    /** What a replica's form last submitted, from the app's own state (tests read it). */
    __replicaSubmitted?: Record<string, unknown>;
  }
}

export const config = (): ReplicaConfig => window.__REPLICA__;

const NAVIGATE = 'replica:navigate';

export function navigate(to: string): void {
  history.pushState(null, '', to);
  dispatchEvent(new Event(NAVIGATE));
}

export function usePath(): string {
  const [path, setPath] = useState(location.pathname + location.search);
  useEffect(() => {
    const update = () => setPath(location.pathname + location.search);
    addEventListener('popstate', update);
    addEventListener(NAVIGATE, update);
    return () => {
      removeEventListener('popstate', update);
      removeEventListener(NAVIGATE, update);
    };
  }, []);
  return path;
}

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  return (
    <a
      href={to}
      className={className}
      onClick={(event) => {
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

/** Shows `loading` first, the page after the replica's delay: content that appears late, as on the real panels. */
export function Late({ children, loading, extra = 0 }: { children: ReactNode; loading: string; extra?: number }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), config().delay + extra);
    return () => clearTimeout(timer);
  }, [extra]);
  return ready ? children : <div className="spinner">{loading}</div>;
}
