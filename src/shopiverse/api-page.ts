import type { Runtime } from 'webextension-polyfill';
import { FillCommand, type FillOutcome, type FormCheck, FormQuestion, type Ok, RescanCommand } from '../core/answers';
import { languageOfTag, menuKey, nameKey } from '../core/button-names';
import { besideAnchor, type KeyOn, keyActivates, MIN_PRESS_OPACITY, type Painted, pointIn, pressHiddenBy, unmoved } from '../core/hand-rules';
import { SHOPIVERSE_BUTTONS } from '../core/labels';
import { check } from '../core/spec';
import { clearUi, element, uiAbove, uiBeside } from '../dom/badge';
import { isTicked } from '../dom/fill';
import { buttonName, findButtons, labelNamed } from '../dom/find-by-label';
import { controlSeen, coveredInView, isRendered } from '../dom/visibility';
import { onDomChange, requestScan } from '../dom/watch';
import { t } from '../shared/i18n';
import { pageApi } from '../shared/page-api';
import { send } from '../shared/send';
import { type ApiForm, byHandText, checkApiForm, fillApiForm, findApiForm, formBox, type Located, locateApiForm, seenNames, toldStatus } from './api-form';
import { handInReceipt, leaveReceipt } from './press-receipt';

// Tells the background what each ShopiVerse page shows, fills a waiting push when the seller looks at the form,
// offers "Fill from Joom Connector" beside a qualifying form, says why a form is not filled, and reports the
// seller's presses on "Kaydet" and "Yetki Talep Et". A press counts only when the browser says a person made it
// (isTrusted) and the point pressed hits the seen button of the qualified form, or the seller's key clicked the seen
// button that had the focus (Enter in a field of the form clicks Kaydet): a page can dispatch events, call
// requestSubmit(), or lay an invisible layer named "Kaydet" over the page, and none of that is the seller.
// Nothing here writes storage: the background does (shared/stored.ts).

let firstScanOfLoad = true;
/** Report the page again (the seller turned to this tab: a waiting push may now fill its form). */
let rescan: (() => void) | undefined;

function formState(form: ApiForm) {
  const values = { storeId: form.storeId.value.trim(), clientId: form.clientId.value.trim() };
  const secretFilled = form.secret.value.trim() !== '';
  const empty = values.storeId === '' && values.clientId === '' && !secretFilled;
  return {
    ...values,
    status: isTicked(form.status),
    code: form.code,
    empty,
    secretFilled,
    loadedAt: Math.round(performance.timeOrigin),
    names: seenNames(form),
  };
}

/** The message naming the pressed button (“Kaydet” düğmesine) as this page labels it. */
const pressedName = (form: ApiForm | undefined, control: 'save' | 'authorize') => t(nameKey(control, 'to', form && seenNames(form)[control]));

/** What happened to a waiting push or a fill, as a message key: `fill_<status>`. */
type Problem = FillOutcome['status'] | 'expired' | 'otherStore';

export const apiPage = {
  name: 'api-page',
  init(signal: AbortSignal): void {
    let reported: string | undefined;
    let busy = false;
    // A change seen while the last report waits for its answer (a form that appears just after "noForm" was sent):
    // scanned again once the answer is in, or the page would never report it (the popup would wait silently).
    let changedWhileBusy = false;
    // The notes of the page's last report (the way to the form, why it is not filled): gone when the page changes.
    let notes = new AbortController();
    signal.addEventListener('abort', () => notes.abort(), { once: true });
    const scan = () => {
      const located = locateApiForm();
      const form = located.form;
      if (form) {
        const box = formBox(form);
        const mine = showFillButton(form, signal);
        candidates = [form.save, ...(box ? findButtons(box, SHOPIVERSE_BUTTONS.authorize) : [])].map((button) => [button, () => panelSeen(button)]);
        if (mine) candidates.push(mine);
        implicit = [
          [form.save, () => controlSeen(form.save, false)],
          ...[form.storeId, form.clientId, form.secret].map((field) => [field, () => controlSeen(field)] as const),
        ];
        // On the next frame, never now: a page can make a scan run inside the seller's press (a change of the page).
        sampleSoon();
        openPressPort(signal);
        askReceipts(form.code);
      } else {
        candidates = [];
        implicit = [];
      }
      const status = toldStatus(located);
      if (status === reported) return;
      if (busy) {
        changedWhileBusy = true;
        return;
      }
      if (reported !== undefined && status !== reported) {
        notes.abort();
        notes = new AbortController();
      }
      reported = status;
      busy = true;
      const noteSignal = notes.signal;
      // A Joom store's banner in sight and no form to fill: said at once, with or without a push (a page's markup must
      // not make the seller's form silently not count).
      showWhyNotFilled(located, noteSignal);
      const fresh = firstScanOfLoad;
      firstScanOfLoad = false;
      // The receipt of a press on the page before this one first: this report may be that press's read-back.
      const report = { type: 'sv/page', reason: 'appeared', fresh, status, form: form ? formState(form) : undefined } as const;
      void handInReceipt()
        .then(() => send(report))
        .then((answer) => {
          busy = false;
          if (changedWhileBusy) {
            changedWhileBusy = false;
            requestScan();
          }
          // Still unanswered after send's own retries: report this page again on its next change.
          if (answer === undefined) reported = undefined;
          if (!answer || signal.aborted) return;
          if (answer.fill && form) {
            const outcome = fillApiForm(answer.fill, false, signal);
            if (outcome.status === 'filled') void send({ type: 'sv/filled', storeId: answer.fill.storeId, code: form.code });
            else showProblem(form.storeId, outcome.status, noteSignal);
          } else if (answer.dropped && form) {
            showProblem(form.storeId, answer.dropped, noteSignal);
          } else if (answer.pending) {
            // Never a silent wait: no form yet (the way to it), or a form that will not be filled (why, and what instead).
            if (status === 'noForm') showHint(noteSignal);
            else showWhyNotFilled(located, noteSignal, true);
          }
        });
    };
    rescan = () => {
      reported = undefined;
      scan();
    };
    onDomChange(signal, scan);
    document.addEventListener('visibilitychange', (event) => event.isTrusted && document.visibilityState === 'visible' && rescan?.(), { signal });
    for (const type of ['pointerdown', 'pointerup', 'click']) document.addEventListener(type, onPress, { capture: true, signal });
    document.addEventListener('click', (event) => tellPressNotCounted(event, notes.signal, signal), { capture: true, signal });
    for (const type of ['keydown', 'keypress', 'keyup']) document.addEventListener(type, onKey, { capture: true, signal });
    // Samples of "seen" for the buttons, taken outside any event: on the frame after the seller's pointer comes over
    // one (or a field Enter submits from), the focus comes to one or the page scrolls, and twice a second in a
    // timer's task (a tab in the background runs no frames).
    for (const type of ['pointerover', 'pointermove', 'focusin', 'scroll'])
      document.addEventListener(
        type,
        (event) => {
          if (!event.isTrusted) return;
          const on = (element: Element) => element.contains(event.target as Node);
          if (type === 'scroll' || candidates.some(([button]) => on(button)) || implicit.some(([element]) => on(element))) sampleSoon();
        },
        { capture: true, passive: true, signal },
      );
    const ticker = setInterval(sample, 500);
    signal.addEventListener('abort', () => clearInterval(ticker), { once: true });
  },
};

/** The element and every ancestor up to the page's root, out of closed shadow roots through their hosts. */
function paintChain(node: Element): Painted[] {
  const chain: Painted[] = [];
  for (let at: Element | null = node; at; at = at.parentElement ?? (at.getRootNode() instanceof ShadowRoot ? (at.getRootNode() as ShadowRoot).host : null)) {
    const style = getComputedStyle(at);
    chain.push({
      filter: style.filter,
      mixBlendMode: style.mixBlendMode,
      masks: ['mask', 'mask-image', '-webkit-mask-image'].map((name) => style.getPropertyValue(name).trim()),
      opacity: Number.parseFloat(style.opacity),
      root: at === at.ownerDocument.documentElement,
    });
  }
  return chain;
}

/**
 * The buttons a press may count on (Kaydet and "Yetki Talep Et" of the qualified form, and our fill button's host),
 * each with how it is judged seen. A page script can restyle a button only while the seller's press is dispatched
 * (from its window capture listener to its bubble listener), so every check made during the event sees it shown: a
 * press counts only when a sample taken outside any event, before the press began, saw the button too.
 */
let candidates: [Element, () => boolean][] = [];
/** Each candidate's "seen", sampled in a frame callback or a timer's task (outside any event): the paint before the press. */
const sampled = new WeakMap<Element, boolean>();
/**
 * Enter in a field clicks Kaydet (implicit submission) without Kaydet on screen: the field the seller types in must be
 * seen and in view, Kaydet seen where it lies or where a scroll brings it, not in view (the s39 review, M2). Each
 * judged so, and sampled as the candidates are.
 */
let implicit: (readonly [Element, () => boolean])[] = [];
const sampledImplicit = new WeakMap<Element, boolean>();
let sampleAsked = false;
function sample(): void {
  sampleAsked = false;
  for (const [button, seen] of candidates) sampled.set(button, seen());
  for (const [element, seen] of implicit) sampledImplicit.set(element, seen());
}
function sampleSoon(): void {
  if (!sampleAsked) requestAnimationFrame(sample);
  sampleAsked = true;
}

/** What a press on the save or authorize button lands in. */
const PRESSABLE = 'button, [role="button"], input[type="submit"], input[type="button"], a';

/** The seller's clicks that counted as a press (the note that a press did not count looks here first). */
const counted = new WeakSet<Event>();
/** The "Yetki Talep Et" whose press counted on its release (pointerup), before its click: until the next press begins. */
let releaseCounted: Element | undefined;

/**
 * The press under way: the candidate its trusted pointerdown hit, whether it was seen before the press and at it, and
 * its id (every message of this press carries it: the background counts it once).
 */
let down: { on: Element; seen: boolean; press: string } | undefined;

/**
 * A button of the panel is seen by the one definition (dom/visibility.ts), and by nothing stricter: rendered, not
 * covered (a layer the hit test goes through too), every text in it readable, with the opacities and slight filters
 * it is painted through counted into the text's contrast (a hover's `opacity-90` or `brightness-95` stays seen;
 * a blend, a mask or a filter that whitens, inverts or blurs does not).
 */
const panelSeen = (button: Element) => controlSeen(button);

/**
 * Whether the seller's pointer pressed `button` itself, where the qualified form shows it: the press began on it
 * (pointerdown) seen in the sample before the press and then, the event's target is inside it, the point of the
 * press lies inside the form's container box (a button slid elsewhere counts for nothing) and hits it (a layer over
 * it, even a transparent one, takes the press: then it is not this button), and it is seen now.
 */
function pressedOn(button: Element, box: Element | undefined, event: MouseEvent): boolean {
  if (!(event.target instanceof Node) || !button.contains(event.target) || down?.on !== button || !down.seen) return false;
  if (!box || !pointIn(box.getBoundingClientRect(), event.clientX, event.clientY)) return false;
  const hit = document.elementFromPoint(event.clientX, event.clientY);
  return hit !== null && button.contains(hit) && panelSeen(button);
}

function onPress(event: Event): void {
  // A page script can dispatch clicks and call click() or requestSubmit(): only what the browser says a person did.
  if (!event.isTrusted || !(event instanceof MouseEvent)) return;
  const target = event.target instanceof Element ? event.target : null;
  if (event.type === 'click' && keyed) {
    keyPressed(keyed, event);
    return;
  }
  if (event.type === 'pointerdown') {
    // The verdict before the press is frozen here: samples taken while the button is held down do not count.
    releaseCounted = undefined;
    const on = candidates.find(([button]) => target && button.contains(target));
    down = on && { on: on[0], seen: sampled.get(on[0]) === true && on[1](), press: crypto.randomUUID() };
    // The seller's press begins: a port closed by a background gone to sleep is opened again now, past its limits (one
    // per press), so that the click's report, made as the page leaves, finds a background already waking.
    if (down && !pressPort && portSignal) openPressPort(portSignal, true);
    return;
  }
  // Most clicks are not on a button: look for the form only when one might be the save or authorize button.
  if (!target?.closest(PRESSABLE)) return;
  const form = findApiForm();
  if (!form) return;
  const box = formBox(form);
  // A save counts on the click only (a press dragged away is no save); the read-back after the reload confirms it.
  // The page reloads at once: the press goes through the open port too, as "Yetki Talep Et"'s does (a message that
  // must first wake Firefox's unloaded event page was lost as the page left: 4 saves in 5 unconfirmed with a 50 ms idle).
  if (event.type === 'click' && down && pressedOn(form.save, box, event)) {
    counted.add(event);
    tellPress({ type: 'sv/save-pressed', code: form.code, clickedAt: performance.timeOrigin + event.timeStamp, press: down.press });
    return;
  }
  // The "Yetki Talep Et" the seller pressed: the one the press began on, released on it (a press dragged away is
  // none), seen. It leaves the page at once: told on the release (pointerup), before the page unloads, and again on
  // the click. Only the code of the form's banner goes: the background knows which store's values it put into that
  // form; nothing is read from an input the page controls.
  if (!down || !box || !findButtons(box, SHOPIVERSE_BUTTONS.authorize).includes(down.on as HTMLElement) || !pressedOn(down.on, box, event)) return;
  if (event.type === 'click') counted.add(event);
  else releaseCounted = down.on;
  tellPress({ type: 'sv/authorize-pressed', code: form.code, press: down.press });
}

/** The receipts for a press on the form of this code (by the form's banner), asked once per page and code. */
let receipts: { code: string; save?: string; authorize?: string } | undefined;
function askReceipts(code: string): void {
  if (receipts?.code === code) return;
  const asked = { code };
  receipts = asked;
  // After the receipt the page before left is handed in: new ones never crowd it out.
  void handInReceipt()
    .then(() => send({ type: 'sv/receipts', code }))
    .then((answer) => {
      if (answer && receipts === asked) receipts = { code, ...answer };
    });
}

/**
 * A press on a button that makes the page leave: through the port already open to a background awake, and as a
 * message, each with the press's receipt, which is also left in the tab for the next page to hand in.
 */
function tellPress(
  pressed: { type: 'sv/save-pressed'; code: string; clickedAt: number; press: string } | { type: 'sv/authorize-pressed'; code: string; press: string },
): void {
  const receipt = receipts?.code === pressed.code ? receipts[pressed.type === 'sv/save-pressed' ? 'save' : 'authorize'] : undefined;
  const message = { ...pressed, receipt };
  leaveReceipt(receipt);
  // A press the page stays on after (a form that does not reload, Joom opened in another tab) may be followed by
  // another: each press its own receipt.
  if (receipt) {
    receipts = undefined;
    askReceipts(pressed.code);
  }
  // Test builds only: the message lost as a sleeping Firefox background loses it, for press-receipt.spec.ts.
  if (__TEST_HOOKS__ && sessionStorage.getItem('joom-connector-test-lose-press') === '1') return;
  try {
    pressPort?.postMessage(message);
  } catch {
    // The port closed: the message below still goes.
  }
  void send(message);
}

/**
 * A key the seller pressed that the browser turns into a click: where it went down (the focused button, or a text
 * field of the qualified form), the button its click presses (that button, or Kaydet, the form's default button),
 * and whether that button was seen in the sample before the key went down and at it (frozen, as at a pointerdown).
 */
interface KeyPress {
  on: Element;
  kind: KeyOn;
  key: string;
  presses: Element;
  seen: boolean;
  /** Its id, as a pointer press's. */
  press: string;
}
/** The trusted key down now, on a button or field of the qualified form. */
let keyDown: KeyPress | undefined;
/** The key whose default action runs now (Enter's keypress, Space's keyup): a click in this task is its click. */
let keyed: KeyPress | undefined;

/** What has the focus, inside open shadow roots too. */
function focused(): Element | null {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
}

/**
 * The seller's keys on the form (the fifth review's finding 3): Tab to Kaydet or "Yetki Talep Et" and Enter or
 * Space, or Enter in Store Id, Client Id or Secret Key (implicit submission clicks Kaydet). A key counts only when
 * the browser says a person pressed it (isTrusted: a dispatched KeyboardEvent, click() and requestSubmit() are the
 * page's), it went down on the element whose activation clicks (a page that moves the focus under the seller's key
 * changes where the keypress lands, and then they differ), and the button it presses was seen before the key went
 * down and as it did: a page that focuses a hidden or covered button gets nothing from the seller's typing.
 */
function onKey(event: Event): void {
  if (!event.isTrusted || !(event instanceof KeyboardEvent) || (event.key !== 'Enter' && event.key !== ' ')) return;
  const target = event.target instanceof Element ? event.target : null;
  if (event.type === 'keydown') {
    keyDown = undefined;
    // Most keys are typed elsewhere: look for the form only on a button it may be, or Enter in a field.
    if (!target || !(candidates.some(([candidate]) => candidate === target) || (event.key === 'Enter' && target instanceof HTMLInputElement))) return;
    const form = findApiForm();
    if (!form) return;
    const fields: Element[] = [form.storeId, form.clientId, form.secret];
    const box = formBox(form);
    // The panel's buttons only: our own fill button is judged by its own listener (ourPress).
    const panelButton = target === form.save || (!!box && findButtons(box, SHOPIVERSE_BUTTONS.authorize).includes(target as HTMLElement));
    const kind: KeyOn | undefined = fields.includes(target) ? 'field' : panelButton ? 'button' : undefined;
    if (!kind || (kind === 'field' && event.key !== 'Enter')) return;
    const presses = kind === 'field' ? form.save : target;
    keyDown = { on: target, kind, key: event.key, presses, seen: keySeen(kind, target, presses, true), press: crypto.randomUUID() };
    // As with the pointer: a port closed by a background gone to sleep is opened again as the seller's press begins.
    if (keyDown.seen && !pressPort && portSignal) openPressPort(portSignal, true);
    return;
  }
  const down = keyDown;
  if (event.type === 'keyup') keyDown = undefined;
  if (!down || down.on !== target || down.key !== event.key || !keyActivates(down.kind, event.type, event.key)) return;
  keyed = down;
  // Its click, if any, is dispatched in this task; after it nothing is this key's.
  setTimeout(() => {
    if (keyed === down) keyed = undefined;
  }, 0);
}

/**
 * The button a key presses is seen as that key needs it: the focused button itself seen and on screen; for Enter in a
 * field, the field seen and on screen and the button it submits by seen where it lies or where a scroll brings it. As
 * the key goes down (`sampledToo`), each also as the sample before the key saw it.
 */
function keySeen(kind: KeyOn, on: Element, presses: Element, sampledToo: boolean): boolean {
  if (kind === 'button') {
    const judged = candidates.find(([candidate]) => candidate === presses);
    return !!judged && (!sampledToo || sampled.get(presses) === true) && judged[1]();
  }
  return [on, presses].every((element) => {
    const judged = implicit.find(([candidate]) => candidate === element);
    return !!judged && (!sampledToo || sampledImplicit.get(element) === true) && judged[1]();
  });
}

/**
 * The click of the seller's key: on the button the key presses, which is still seen, with the focus where the key
 * went down (the button, or the field Enter was pressed in), on the qualified form: Kaydet is a save, a
 * "Yetki Talep Et" of the form an authorization.
 */
function keyPressed(key: KeyPress, event: MouseEvent): void {
  keyed = undefined;
  if (!key.seen || event.target !== key.presses || focused() !== key.on || !keySeen(key.kind, key.on, key.presses, false)) return;
  const form = findApiForm();
  if (!form) return;
  if (key.presses === form.save) {
    counted.add(event);
    tellPress({ type: 'sv/save-pressed', code: form.code, clickedAt: performance.timeOrigin + event.timeStamp, press: key.press });
    return;
  }
  const box = formBox(form);
  if (key.kind === 'button' && box && findButtons(box, SHOPIVERSE_BUTTONS.authorize).includes(key.presses as HTMLElement)) {
    counted.add(event);
    tellPress({ type: 'sv/authorize-pressed', code: form.code, press: key.press });
  }
}

/** Must match PRESS_PORT in core/messages.ts (not imported: that module carries zod). */
const PRESS_PORT_NAME = 'sv/presses';
let pressPort: Runtime.Port | undefined;

/** Reopened at most 30 times in a tab in the background, and at most 20 times in 10 s (a background that cannot start). */
const PORT_LIMITS = { hiddenOpens: 30, opensPerWindow: 20, windowMs: 10_000 };
let hiddenOpens = 0;
let recentOpens: number[] = [];
/** The signal of the page the port belongs to, for the port opened again at a press. */
let portSignal: AbortSignal | undefined;

/**
 * A port to the background while the page shows the form, opened again when the background goes to sleep (which
 * closes it) for as long as the seller looks at the page (30 times more in a tab in the background, which reopens it
 * when it is looked at again, on the scan at visibilitychange): the press then reaches a background already awake,
 * as the page leaves for Joom.
 */
function openPressPort(signal: AbortSignal, pressing = false): void {
  portSignal = signal;
  const connect = (force = false) => {
    const now = performance.now();
    recentOpens = recentOpens.filter((at) => now - at < PORT_LIMITS.windowMs);
    if (pressPort || signal.aborted || (!force && recentOpens.length >= PORT_LIMITS.opensPerWindow)) return;
    recentOpens.push(now);
    try {
      const port = pageApi.runtime.connect({ name: PRESS_PORT_NAME });
      pressPort = port;
      port.onDisconnect.addListener(() => {
        if (pressPort === port) pressPort = undefined;
        const looked = document.visibilityState === 'visible' || ++hiddenOpens < PORT_LIMITS.hiddenOpens;
        if (looked) connect();
      });
    } catch {
      pressPort = undefined; // the extension was reloaded or removed
    }
  };
  if (pressPort) return;
  connect(pressing);
  if (!pressPort) return;
  signal.addEventListener(
    'abort',
    () => {
      const port = pressPort;
      pressPort = undefined;
      port?.disconnect();
    },
    { once: true },
  );
}

/** The roots that already hold our fill button (a scan runs on every change of the page). */
const fillButtons = new WeakMap<ShadowRoot, [Element, () => boolean]>();

/**
 * "Fill from Joom Connector" beside a qualifying form (Bitwarden's inline menu): the seller's own click on it
 * fills the form without the popup. The button lives in our closed shadow root; the click counts only when the
 * browser says a person made it and the point clicked hits our host (a page can lay something over it).
 */
function showFillButton(form: ApiForm, signal: AbortSignal): [Element, () => boolean] | undefined {
  const root = uiBeside(form.storeId, 'fill-button', signal);
  const mine = fillButtons.get(root);
  if (mine) return mine;
  const button = element('button', { text: t('fillButton') });
  button.type = 'button';
  const status = element('span', { className: 'note' });
  status.setAttribute('role', 'status');
  status.hidden = true;
  button.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    if (!ourPress(root, button, form.storeId, event)) {
      // The seller's press, refused: said beside the button, never a silent one (review 7's finding 4).
      status.textContent = `${t('fillPressNotSeen')}\n${byHandText(seenNames(form))}`;
      status.className = 'note warn block';
      status.hidden = false;
      return;
    }
    void send({ type: 'sv/fill-request' }).then((answer) => {
      const result = answer?.status ?? 'error';
      if (signal.aborted || result === 'filled') {
        status.hidden = true;
        return;
      }
      status.textContent = result === 'conflict' ? t('fill_conflict') : t(`push_${result}`);
      status.className = 'note warn';
      status.hidden = false;
    });
  });
  root.append(button, status);
  const judged: [Element, () => boolean] = [root.host, () => ourShown(root, button, form.storeId)];
  fillButtons.set(root, judged);
  return judged;
}

/**
 * Our fill button shown where we put it, as we drew it: our host is rendered, beside the form part we anchored it to
 * (its box within BESIDE_PX of the anchor's), unmoved by a transform, with no filter, blend, mask or opacity below 1
 * on it or any ancestor (a page script can override our inline reset: badge.ts), and not covered, by a layer the hit
 * test cannot see either (pointer-events: none, painted over it: the third review's finding 1).
 */
function ourShown(root: ShadowRoot, button: HTMLButtonElement, anchor: Element): boolean {
  const host = root.host;
  if (!isRendered(host) || !besideAnchor(host.getBoundingClientRect(), anchor.getBoundingClientRect())) return false;
  const hostStyle = getComputedStyle(host);
  return (
    unmoved(['transform', 'translate', 'rotate', 'scale'].map((name) => hostStyle.getPropertyValue(name).trim())) &&
    !pressHiddenBy(paintChain(button), MIN_PRESS_OPACITY.ours) &&
    !coveredInView(host)
  );
}

/**
 * The seller pressed our fill button: shown (above) in the sample before the press and now, beside the qualified
 * form's part. A pointer's press began on our host, and its click lies in the form's box and hits our host and our
 * button in it; a keyboard's click comes from the button that has the focus.
 */
function ourPress(root: ShadowRoot, button: HTMLButtonElement, anchor: Element, event: MouseEvent): boolean {
  const host = root.host;
  const form = findApiForm();
  if (!form || form.storeId !== anchor || sampled.get(host) !== true || !ourShown(root, button, anchor)) return false;
  if (event.detail === 0) return root.activeElement === button;
  // A pointer's click: begun on our host, inside the form's box, and the point must hit our host in the page, and our button inside it.
  const box = formBox(form);
  if (down?.on !== host || !down.seen || !box || !pointIn(box.getBoundingClientRect(), event.clientX, event.clientY)) return false;
  if (document.elementFromPoint(event.clientX, event.clientY) !== host) return false;
  const inner = root.elementFromPoint(event.clientX, event.clientY);
  return inner !== null && button.contains(inner);
}

function showHint(signal: AbortSignal): void {
  const anchor = document.querySelector('main, [role="main"], h1') ?? document.body.firstElementChild;
  if (!anchor) return;
  const root = uiBeside(anchor, 'pending-hint', signal);
  clearUi(root);
  const note = element('span', { text: t('pendingHint', [t(menuKey('store', languageOfTag(document.documentElement.lang)))]), className: 'note block' });
  note.setAttribute('role', 'status');
  root.append(note);
}

/**
 * A form will not be filled: the page says why (not a Joom store's, sends elsewhere, two forms, hidden parts, not
 * sure it is the panel's own) and what to do. Beside each seen Joom banner, always; beside any other form only for
 * a push waiting (`pending`): a Trendyol store's form needs no note until a push is looking for the Joom one.
 */
function showWhyNotFilled(located: Located, signal: AbortSignal, pending = false): boolean {
  if (located.status === 'one') return false;
  const anchors = located.joomBanners.length > 0 ? located.joomBanners : pending && located.status !== 'noForm' && located.anchor ? [located.anchor] : [];
  const why = toldStatus(located);
  // Another marketplace's form: the note says where the Joom store's form is; copying by hand is for the other refusals.
  for (const anchor of anchors) showProblem(anchor, why, signal, why === 'notJoom' ? undefined : byHandText());
  return anchors.length > 0;
}

/** The note above the qualified form's buttons that the seller's last press there did not count. */
let refusedNote: ShadowRoot | undefined;

/** The first of the run of buttons (and our notes) that `button` stands in, among its siblings. */
function rowStart(button: Element): Element {
  let first = button;
  for (
    let at = button.previousElementSibling;
    at && (at.matches(PRESSABLE) || at.tagName.toLowerCase() === 'joom-connector-ui');
    at = at.previousElementSibling
  )
    if (at.matches(PRESSABLE)) first = at;
  return first;
}

/**
 * The seller's own press (a trusted click, by pointer or keyboard) on Kaydet or Yetki Talep Et that did not count is
 * said there and then, above the row of buttons, with what to do instead: never a silent refusal (review 7's finding
 * 4). On the qualified form's own buttons, the press check refused it (the button not seen clearly in the sample
 * before the press or at it: covered, in part too, or not fully shown; the press outside the form's box); elsewhere,
 * a rendered button while a Joom banner is in sight and no form qualifies (a page's markup can make any form not
 * qualify).
 */
function tellPressNotCounted(event: MouseEvent, noteSignal: AbortSignal, pageSignal: AbortSignal): void {
  const target = event.isTrusted && event.target instanceof Element ? event.target.closest(PRESSABLE) : null;
  if (!target) return;
  // A press that counted: the note about one that did not is over (its host stays, so the buttons do not move).
  if (counted.has(event)) {
    if (refusedNote) clearUi(refusedNote);
    return;
  }
  const located = locateApiForm();
  let button: Element | undefined;
  let why: string;
  // The note about the qualified form's own button lives as long as the page, not the page's last report: taken away
  // when the report changes, it would move the buttons under the seller's pointer (and out from under a cover).
  let signal = noteSignal;
  if (located.form) {
    signal = pageSignal;
    const box = formBox(located.form);
    const own = [located.form.save, ...(box ? findButtons(box, SHOPIVERSE_BUTTONS.authorize) : [])];
    button = own.find((one) => one.contains(target) || target.contains(one));
    if (!button || button === releaseCounted) return;
    why = t('pressNotSeen', pressedName(located.form, button === located.form.save ? 'save' : 'authorize'));
  } else {
    const saves = findButtons(document.body, SHOPIVERSE_BUTTONS.save);
    const named = [...saves, ...findButtons(document.body, SHOPIVERSE_BUTTONS.authorize)];
    button = named.find((one) => one.contains(target) || target.contains(one));
    if (!button || !isRendered(button) || located.joomBanners.length === 0) return;
    // The note names the button pressed ("“Kaydet” düğmesine bastınız, ancak …"), not "Tıklamanızı ShopiVerse aldı" (look verdict 6).
    const control = saves.includes(button as HTMLElement) ? 'save' : 'authorize';
    // After a save, what comes next, named as this page shows it (seller judge s44, panels 07: the note said what could
    // not be counted, not what to do).
    const authorize = named.find((one) => !saves.includes(one) && isRendered(one));
    why = t(`pressNotCounted_${control}`, [
      t(nameKey(control, 'to', labelNamed(buttonName(button as HTMLElement), SHOPIVERSE_BUTTONS[control]))),
      t(nameKey('authorize', 'to', authorize ? labelNamed(buttonName(authorize), SHOPIVERSE_BUTTONS.authorize) : undefined)),
    ]);
  }
  // On a line of its own above the row of buttons the pressed one stands in: beside Kaydet, or between Kaydet and
  // Yetki Talep Et, it would push the next button down (seller review B4).
  const root = uiAbove(rowStart(button), 'press-not-counted', signal);
  if (located.form) refusedNote = root;
  clearUi(root);
  // Beside a Joom banner, the note there already says how to fill by hand (or, for another marketplace's form, where
  // the Joom one is): said once, never twice word for word (look verdict 7).
  const note = element('span', {
    text: located.form ? `${why}\n${byHandText(seenNames(located.form))}` : why,
    className: located.form ? 'note warn block' : 'note calm block',
  });
  note.setAttribute('role', 'alert');
  root.append(note);
}

function showProblem(anchor: Element, status: Problem | string, signal: AbortSignal, instead?: string): void {
  const root = uiBeside(anchor, 'fill-problem', signal);
  clearUi(root);
  // "Not sure" explains, with no alarm: the page's layout is not recognised, and nothing went wrong (look verdict 7).
  // What happened, what to do instead, and that the panel works as usual, each on a line of its own (one run of four
  // sentences was a wall of text the seller meets just when something went wrong: seller judge s42, problem 4).
  const note = element('span', { className: status === 'notSure' ? 'note calm block' : 'note warn block' });
  const lines = [t(`fill_${status}`), instead, status === 'notSure' ? t('fillStillWorks') : undefined].filter((line): line is string => !!line);
  // Under a title that says whose note it is: beside the panel's own banner, a grey block without one read as
  // ShopiVerse's text and was passed over (seller judge s43).
  note.append(element('strong', { text: t('fillNoteTitle') }));
  for (const line of lines) note.append(document.createElement('br'), document.createTextNode(line));
  note.setAttribute('role', 'alert');
  root.append(note);
}

/**
 * The background's push into an open tab: first a question without the secret (`bg/ask`), then the values, sent
 * only to the one tab that answered "ready". Only the extension itself may ask, and only the top frame answers.
 */
export function listenForFillCommands(signal: AbortSignal = new AbortController().signal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (answer: unknown) => void): true | undefined => {
    if (sender.id !== pageApi.runtime.id || sender.tab || window.top !== window) return undefined;
    if (check(RescanCommand, message).success) {
      rescan?.();
      sendResponse({ ok: true } satisfies Ok);
      return true;
    }
    const question = check(FormQuestion, message);
    if (question.success) {
      const answer = checkApiForm(question.data, question.data.overwrite);
      if (answer.status !== 'ready' && answer.status !== 'conflict') showWhyNotFilled(locateApiForm(), signal, true);
      sendResponse(answer satisfies FormCheck);
      return true;
    }
    const command = check(FillCommand, message);
    if (!command.success) return undefined;
    // Heard after the background stopped waiting (this page was busy): the seller has been told to look at the form.
    if (Date.now() > command.data.until) {
      sendResponse({ status: 'late' } satisfies FillOutcome);
      return true;
    }
    // The store's code as the form shows it before the values go: the page's listeners run inside the fill, and may
    // rewrite the banner or add a form (the second review of s41, P2).
    const code = locateApiForm().form?.code;
    // The fill is synchronous, so the answer goes back at once. A part found covered right before it is said on the page.
    const outcome = fillApiForm(command.data.payload, command.data.overwrite, signal);
    // The page's own listeners held the fill past the bound: the background has stopped waiting for this answer, so the
    // fill is reported on its own, and the push recorded (the review of s41, B1).
    if (outcome.status === 'filled' && Date.now() > command.data.until) void send({ type: 'sv/filled', storeId: command.data.payload.storeId, code });
    if (outcome.status === 'hidden') {
      const anchor = locateApiForm().anchor ?? findApiForm()?.banner;
      if (anchor) showProblem(anchor, outcome.status, signal, byHandText());
    }
    sendResponse(outcome satisfies FillOutcome);
    return true;
  };
  // Answered only for these three; for anything else the listener stays silent (returns nothing).
  pageApi.runtime.onMessage.addListener(listener as Runtime.OnMessageListener);
}
