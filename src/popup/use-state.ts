import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { readState, type Stored } from '../shared/stored';

/** The stored facts, re-read on every change (both storage areas are open to extension pages). */
export function useStored(): Stored | undefined {
  const [stored, setStored] = useState<Stored>();
  useEffect(() => {
    let live = true;
    const refresh = () => void readState().then((value) => live && setStored(value));
    refresh();
    browser.storage.onChanged.addListener(refresh);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(refresh);
    };
  }, []);
  return stored;
}
