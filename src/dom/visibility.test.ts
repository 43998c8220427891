// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { buttonName } from './find-by-label';
import { controlSeen, drawnText, isRendered, shownText, showsDots } from './visibility';

function page(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  return document.body;
}

const first = (html: string) => page(html).firstElementChild as Element;

beforeEach(() => {
  document.body.replaceChildren();
});

describe('showsDots: what the seller sees as dots, whatever the box holds', () => {
  it.each([
    ['a password input', '<input type="password" value="abc">'],
    ['a text input masked by CSS', '<input type="text" value="abc" style="-webkit-text-security: disc">'],
    ['a span masked by CSS', '<span style="color:red;-webkit-text-security:circle">abc</span>'],
  ])('%s', (_name, html) => {
    expect(showsDots(first(html))).toBe(true);
  });

  it.each([
    ['a text input', '<input type="text" value="abc">'],
    ['a span', '<span>abc</span>'],
    ['a box that turns masking off', '<span style="-webkit-text-security: none">abc</span>'],
  ])('not %s', (_name, html) => {
    expect(showsDots(first(html))).toBe(false);
  });
});

describe('drawnText: the text a box draws with ::before and ::after', () => {
  it('is nothing where no CSS draws any (happy-dom computes no pseudo-element content)', () => {
    expect(drawnText(first('<span data-value="abc"></span>'))).toBe('');
  });
});

describe('isRendered: one notion of seen (what a DOM without layout can judge; sizes, places and covers in tests/browser/seen.spec.ts)', () => {
  const value = (html: string) => page(html).querySelector('#v') as Element;

  it.each([
    ['opacity 0.01 on the value', '<span id="v" style="opacity:0.01">abc</span>'],
    ['opacities of 0.3 on two ancestors', '<div style="opacity:0.3"><div style="opacity:0.3"><span id="v">abc</span></div></div>'],
    ['filter: opacity(5%)', '<div style="filter:blur(0) opacity(5%)"><span id="v">abc</span></div>'],
    ['clip-path: inset(50%) on the value', '<span id="v" style="clip-path:inset(50%)">abc</span>'],
    ['clip-path: circle(0) on an ancestor', '<div style="clip-path:circle(0)"><p><span id="v">abc</span></p></div>'],
    ['white text on a white box', '<div style="background:#fff"><span id="v" style="color:#fff">abc</span></div>'],
    ['white text on the white page', '<span id="v" style="color:rgb(255, 255, 255)">abc</span>'],
    ['#fafafa on white', '<span id="v" style="color:#fafafa">abc</span>'],
    ['a colour one step from its box', '<div style="background:rgb(40, 90, 200)"><span id="v" style="color:rgb(42, 92, 202)">abc</span></div>'],
    ['a transparent colour', '<span id="v" style="color:transparent">abc</span>'],
    ['black at 3 % alpha', '<span id="v" style="color:rgba(0, 0, 0, 0.03)">abc</span>'],
    ['a white fill colour over a black colour', '<span id="v" style="color:#000;-webkit-text-fill-color:#fff">abc</span>'],
    ['white text inheriting from a white-text box', '<div style="color:#fff;background:#fff"><p><span id="v">abc</span></p></div>'],
    ['an input whose text is its background', '<input id="v" value="abc" style="color:#fff;background:#fff">'],
    // Review 4, finding 3: a transparent text over a backdrop "seen" cannot judge was "unknown", so seen.
    [
      'a transparent colour on a transparent gradient',
      '<span id="v" style="color:transparent;background-image:linear-gradient(transparent,transparent)">abc</span>',
    ],
    ['a transparent colour on an image', '<span id="v" style="color:transparent;background-image:url(data:image/gif;base64,R0lGODlhAQABAAAAACw=)">abc</span>'],
    ['a transparent colour clipping nothing to its text', '<span id="v" style="color:transparent;background-clip:text">abc</span>'],
    ['a transparent fill on an image', '<span id="v" style="color:#000;-webkit-text-fill-color:transparent;background-image:url(x.png)">abc</span>'],
    [
      'black at 5 % alpha inside a box with a half-transparent gradient',
      '<div style="background-image:linear-gradient(rgba(0, 0, 0, 0.5), #000)"><span id="v" style="color:rgba(0, 0, 0, 0.05)">abc</span></div>',
    ],
    [
      'a transparent colour clipping a white gradient on white',
      '<span id="v" style="color:transparent;background-clip:text;background-image:linear-gradient(#fff, #fafafa)">abc</span>',
    ],
    [
      'a transparent colour clipping an image to its text',
      '<span id="v" style="color:transparent;background-clip:text;background-image:url(x.png)">abc</span>',
    ],
    ['white on a nearly opaque white gradient', '<span id="v" style="color:#fff;background-image:linear-gradient(#fffffffe, #fffffffe)">abc</span>'],
    [
      'black on a black box under a see-through gradient',
      '<div style="background-color:#000;background-image:linear-gradient(transparent, rgba(0, 0, 0, 0.5))"><span id="v" style="color:#000">abc</span></div>',
    ],
    // Finding 4: the fade counts in the contrast.
    ['black at opacity 0.11 (1.3:1)', '<span id="v" style="opacity:0.11">abc</span>'],
    ['opacity 0.1 on the value', '<span id="v" style="opacity:0.1">abc</span>'],
    ['#ccc at opacity 0.2 (1.05:1)', '<span id="v" style="opacity:0.2;color:#ccc">abc</span>'],
    ['#999 under two ancestors at 0.5 (1.3:1)', '<div style="opacity:0.5"><div style="opacity:0.5"><span id="v" style="color:#999">abc</span></div></div>'],
  ])('not %s', (_name, html) => {
    expect(isRendered(value(html))).toBe(false);
  });

  it.each([
    ['plain text', '<span id="v">abc</span>'],
    ['opacity 0.5 on two ancestors (0.25)', '<div style="opacity:0.5"><div style="opacity:0.5"><span id="v">abc</span></div></div>'],
    ['opacity 0.25 (2.4:1)', '<span id="v" style="opacity:0.25">abc</span>'],
    ['#777 at opacity 0.5 (1.9:1): a disabled label', '<span id="v" style="opacity:0.5;color:#777">abc</span>'],
    [
      'white text on a see-through gradient over a black box',
      '<div style="background:#000"><span id="v" style="color:#fff;background-image:linear-gradient(transparent, rgba(255, 255, 255, 0.2))">abc</span></div>',
    ],
    ['black text on an image (unknown: seen)', '<span id="v" style="color:#000;background-image:url(x.png)">abc</span>'],
    [
      'a gradient clipped to a transparent text, on white',
      '<span id="v" style="color:transparent;background-clip:text;background-image:linear-gradient(#000, #336)">abc</span>',
    ],
    ['a transparent text outlined by a dark shadow hugging it', '<span id="v" style="color:transparent;text-shadow:0 0 1px rgb(0, 0, 0)">abc</span>'],
    ['clip-path: inset(10%)', '<span id="v" style="clip-path:inset(10%)">abc</span>'],
    ['white text on a dark box', '<div style="background:#123"><span id="v" style="color:#fff">abc</span></div>'],
    [
      'white text on a box with a gradient (unknown: seen)',
      '<div style="background-image:linear-gradient(#000, #333)"><span id="v" style="color:#fff">abc</span></div>',
    ],
    ['white text on a half-black box over white (grey)', '<div style="background:rgba(0, 0, 0, 0.5)"><span id="v" style="color:#fff">abc</span></div>'],
    ['#bbb on white', '<span id="v" style="color:#bbb">abc</span>'],
    ['a colour we cannot parse (unknown: seen)', '<span id="v" style="color:oklch(0.99 0 0)">abc</span>'],
    ['white text with a dark shadow', '<span id="v" style="color:#fff;text-shadow:0 0 2px rgb(0, 0, 0)">abc</span>'],
    ['a box with no text of its own, whatever its colour', '<div id="v" style="color:#fff"><b style="color:#000">abc</b></div>'],
  ])('%s', (_name, html) => {
    expect(isRendered(value(html))).toBe(true);
  });
});

describe('controlSeen: a button the seller presses shows text, every piece of it seen', () => {
  it.each([
    ['its own text', '<button id="v">Kaydet</button>', true],
    ['its label in a child span', '<button id="v"><span>Kaydet</span></button>', true],
    ['an icon and a label in a child', '<button id="v"><i></i><span>Yetki Talep Et</span></button>', true],
    ['its label in a transparent child span', '<button id="v"><span style="color:transparent">Kaydet</span></button>', false],
    ['a shown word beside a label in a white child', '<button id="v">Kay<b style="color:#fff">det</b></button>', false],
    ['no text at all', '<button id="v"><i></i></button>', false],
    ['a faint child (opacity 0.05)', '<button id="v"><span style="opacity:0.05">Kaydet</span></button>', false],
    ['hidden itself', '<button id="v" style="opacity:0.01"><span>Kaydet</span></button>', false],
    ['a transparent label on an image', '<button id="v" style="color:transparent;background-image:url(x.png)">Kaydet</button>', false],
    ['a light-grey label at opacity 0.5 (1.4:1)', '<button id="v" style="opacity:0.5;color:#aaa">Kaydet</button>', false],
  ])('%s: %s', (_name, html, seen) => {
    expect(controlSeen(page(html).querySelector('#v') as Element)).toBe(seen);
  });
});

describe('what the seller reads: shownText and buttonName (review 11, findings 10 and 16)', () => {
  it.each([
    ['all shown', '<span>abc <b>def</b></span>', 'abc def'],
    ['a piece at opacity 0', '<span><i style="opacity:0">planted </i>abc</span>', 'abc'],
    ['a collapsed piece', '<span><i style="visibility:collapse">planted </i>abc</span>', 'abc'],
    ['a hidden piece', '<span><i hidden>planted </i>abc</span>', 'abc'],
    ['white on white', '<span style="background:#fff"><i style="color:#fff">planted </i>abc</span>', 'abc'],
  ])('shownText: %s', (_name, html, text) => {
    expect(shownText(first(html))).toBe(text);
  });

  it('shownText within a selection: the seen part of it, from its start to its end', () => {
    const holder = first('<div>ab<i style="opacity:0">planted</i>cd</div>');
    const range = document.createRange();
    range.setStart(holder.firstChild as Text, 1);
    range.setEnd(holder.lastChild as Text, 1);
    expect(shownText(holder, range)).toBe('bc');
  });

  it.each([
    ['a caption', '<button>Kaydet</button>', 'Kaydet'],
    ['an aria-label over another caption', '<button aria-label="Kaydet">Vazgeç</button>', 'Vazgeç'],
    ['a title over another caption', '<button title="Kaydet"> Vazgeç </button>', 'Vazgeç'],
    ['an icon button named by aria-label', '<button aria-label="Kaydet"><svg></svg></button>', 'Kaydet'],
    ['an icon button named by title', '<button title="Kaydet"></button>', 'Kaydet'],
    ['an input', '<input type="submit" value="Kaydet" aria-label="Vazgeç">', 'Kaydet'],
    ['an icon ligature under aria-hidden beside the caption', '<button><span aria-hidden="true">save</span>Kaydet</button>', 'Kaydet'],
    ['a hidden part', '<button>Kaydet<span hidden> (eski)</span></button>', 'Kaydet'],
  ])('buttonName: %s', (_name, html, name) => {
    expect(buttonName(first(html) as HTMLElement)).toBe(name);
  });
});

// Round 5's first run: the markup climb stopped at a shadow root, so a component's host marked hidden, aria-hidden or
// inert, or a closed <details> in its root, left what the root paints or what is slotted into it "seen". Every
// technique × open or closed root × the text painted by the root or slotted into it.
describe('hidden by markup through a shadow root', () => {
  const HOST_MARKS = [
    ['hidden', 'hidden'],
    ['aria-hidden', 'aria-hidden="true"'],
    ['inert', 'inert'],
  ] as const;
  const cases = HOST_MARKS.flatMap(([name, mark]) =>
    (['open', 'closed'] as const).flatMap((mode) =>
      (['painted', 'slotted'] as const).map((where) => [`${name} host, ${mode} root, ${where}`, mark, mode, where] as const),
    ),
  );
  const roots = new Map<Element, ShadowRoot>();
  const host = (mark: string, mode: 'open' | 'closed', where: 'painted' | 'slotted', inner = '<span><slot></slot></span>') => {
    const element = first(`<x-card ${mark}>${where === 'slotted' ? '<b>5ac428108b2c3703c514adae</b>' : ''}</x-card>`);
    const root = element.attachShadow({ mode });
    roots.set(element, root);
    const wrapper = document.createElement('div');
    wrapper.append(document.createRange().createContextualFragment(where === 'painted' ? '<b>5ac428108b2c3703c514adae</b>' : inner));
    root.append(wrapper);
    return where === 'painted' ? (root.querySelector('b') as Element) : (element.querySelector('b') as Element);
  };
  beforeEach(() => {
    const scope = globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (element: Element) => ShadowRoot | null } } };
    scope.chrome = { dom: { openOrClosedShadowRoot: (element) => roots.get(element) ?? element.shadowRoot } };
  });

  it.each(cases)('%s: not seen', (_name, mark, mode, where) => {
    expect(isRendered(host(mark, mode, where))).toBe(false);
  });

  it.each(['open', 'closed'] as const)('a slot inside a closed <details> of an %s root hides what is slotted into it', (mode) => {
    expect(isRendered(host('', mode, 'slotted', '<details><summary>Kimlik Bilgileri</summary><slot></slot></details>'))).toBe(false);
    expect(isRendered(host('', mode, 'slotted', '<details open><summary>Kimlik Bilgileri</summary><slot></slot></details>'))).toBe(true);
  });

  it.each(['open', 'closed'] as const)('an unmarked host shows both (%s root)', (mode) => {
    expect(isRendered(host('', mode, 'painted'))).toBe(true);
    expect(isRendered(host('', mode, 'slotted'))).toBe(true);
  });
});
