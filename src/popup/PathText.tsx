import type { JSX } from 'preact';

// A menu path in a sentence ("“Ayarlar” > “Mağazalar” > Joom mağazanızın adı > “Api Tanım”") drawn as a path: each step in
// bold, "›" between them (issue 17: "… > “API Uygulamaları” > …" in body text read as prose). The words stay the
// message's own (_locales): the quotes and " > " are kept in the text, only drawn otherwise (popup.css .menu-step).

const SEPARATOR = ' > ';
/** A quoted menu item, with the panel's own word after it in parentheses when the interface's differs. */
const LEADING = /^“[^”]*”(?: \([^)]*\))?/u;
const TRAILING = /“[^”]*”(?: \([^)]*\))?$/u;
/** A step in words between two separators ("Joom mağazanız", "your Joom store"): no punctuation, a few words. */
const BARE = /^[^“”.,;:!?()]{1,40}$/u;

function Step({ text }: { text: string }) {
  // The quotes are kept for copying and reading aloud, and not drawn: the bold step says it is a name on screen.
  const quoted = text.match(/^(“)([^”]*)(”)(.*)$/u);
  return (
    <b class="menu-step">
      {quoted ? (
        <>
          <span class="menu-hidden">{quoted[1]}</span>
          {quoted[2]}
          <span class="menu-hidden">{quoted[3]}</span>
          {quoted[4]}
        </>
      ) : (
        text
      )}
    </b>
  );
}

/** The text's parts: prose as text, the steps of each menu path in bold, and the separators as arrows. */
export function pathParts(text: string): (string | JSX.Element)[] {
  const pieces = text.split(SEPARATOR);
  if (pieces.length < 2) return [text];
  const out: (string | JSX.Element)[] = [];
  let made = 0;
  const key = () => `part-${made++}`;
  pieces.forEach((piece, index) => {
    const first = index === 0;
    const last = index === pieces.length - 1;
    if (index > 0)
      out.push(
        <span class="menu-sep" key={key()}>
          <span class="menu-hidden">{SEPARATOR}</span>
        </span>,
      );
    // A step in words ("Joom mağazanızın adı") is what to click, not a name on screen: plain text, not bold (a
    // step reading "Joom mağazanız" looked like a label the page shows, issue 17).
    if (!first && !last && BARE.test(piece)) {
      out.push(
        <span class="menu-place" key={key()}>
          {piece}
        </span>,
      );
      return;
    }
    let rest = piece;
    let lead: string | undefined;
    if (!first) {
      lead = rest.match(LEADING)?.[0];
      if (lead) rest = rest.slice(lead.length);
    }
    const trail = !last && !(lead && rest === '') ? rest.match(TRAILING)?.[0] : undefined;
    if (trail) rest = rest.slice(0, rest.length - trail.length);
    if (lead) out.push(<Step key={key()} text={lead} />);
    if (rest) out.push(rest);
    if (trail) out.push(<Step key={key()} text={trail} />);
  });
  return out;
}

export function PathText({ text }: { text: string }) {
  return <>{pathParts(text)}</>;
}
