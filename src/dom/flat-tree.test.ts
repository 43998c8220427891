// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { flatTree } from './find-by-label';

describe('flatTree: the nodes the seller sees under a box, in document order', () => {
  it('walks a slot as what is assigned to it, else its fallback', () => {
    const host = document.createElement('x-card');
    host.append('5ac4');
    const root = host.attachShadow({ mode: 'open' });
    const code = document.createElement('code');
    const slot = document.createElement('slot');
    slot.append('fallback');
    code.append(slot);
    root.append(code);
    document.body.replaceChildren(host);
    expect([...flatTree(code)].map((node) => node.nodeName)).toEqual(['SLOT', '#text']);
    expect([...flatTree(code)].at(-1)?.nodeValue).toBe('5ac4');
    host.replaceChildren();
    expect([...flatTree(code)].at(-1)?.nodeValue).toBe('fallback');
  });

  // Attack review of this change (low): nested generators cost a stack frame per level; a page can nest boxes
  // thousands deep by script, and 5,000 levels ran out of stack.
  it('walks a box nested 20,000 deep', () => {
    const top = document.createElement('div');
    let box = top;
    for (let level = 0; level < 20_000; level++) box = box.appendChild(document.createElement('div'));
    box.append('5ac428108b2c3703c514adae');
    const nodes = [...flatTree(top)];
    expect(nodes.length).toBe(20_001);
    expect(nodes.at(-1)?.nodeValue).toBe('5ac428108b2c3703c514adae');
  });
});
