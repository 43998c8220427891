import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { readState, type Stored } from '../shared/stored';

// Started as the popup's script loads, before the first render, so the data arrives a frame sooner.
const firstRead = readState();

/** The stored facts, re-read on every change (both storage areas are open to extension pages). */
export function useStored(): Stored | undefined {
  const [stored, setStored] = useState<Stored>();
  useEffect(() => {
    let live = true;
    const show = (value: Stored) => live && setStored(value);
    void firstRead.then(show);
    const refresh = () => void readState().then(show);
    browser.storage.onChanged.addListener(refresh);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(refresh);
    };
  }, []);
  return stored;
}
