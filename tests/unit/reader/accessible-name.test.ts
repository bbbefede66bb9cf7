import { computeAccessibleName } from 'dom-accessibility-api';
import { describe, expect, it } from 'vitest';
import { accessibleName } from '@/lib/reader/accessible-name';

// The reader names controls with its own small accname computation (lib/reader/accessible-name.ts)
// instead of bundling dom-accessibility-api into every frame. dom-accessibility-api stays as the
// reference: on every case below both must give the same name, and the expected name is written
// out too, so a change in either shows.
const CASES: Array<[string, string, string]> = [
  // [markup, selector of the element named, its name]
  ['<span id="a">Date</span><span id="b">of birth</span><input id="t" aria-labelledby="a b">', '#t', 'Date of birth'],
  ['<input id="t" aria-label="  CRN  ">', '#t', 'CRN'],
  ['<input id="t" aria-label="CRN" aria-labelledby="x"><span id="x">Case reference</span>', '#t', 'Case reference'],
  ['<input id="t" aria-label="CRN" aria-labelledby="missing">', '#t', 'CRN'],
  ['<input id="t" aria-label="" title="PNC number">', '#t', 'PNC number'],
  ['<label for="t">Surname</label><input id="t" title="ignored">', '#t', 'Surname'],
  // The control is not part of its own name.
  ['<label>Forename <input id="t" value="John"></label>', '#t', 'Forename'],
  ['<label for="t">First</label><label for="t">second</label><input id="t">', '#t', 'First second'],
  // A label's embedded controls give their value (accname 2E).
  ['<label for="t">Remind me <select><option>daily</option><option selected>weekly</option></select> by email</label><input id="t" type="checkbox">', '#t', 'Remind me weekly by email'],
  ['<span id="l">Sentence of <input value="12"> months</span><input id="t" aria-labelledby="l">', '#t', 'Sentence of 12 months'],
  ['<span id="l">Risk <input type="range" aria-valuetext="high" min="0" max="3" value="2"></span><input id="t" aria-labelledby="l">', '#t', 'Risk high'],
  ['<span id="l">Count <input type="number" value="4"></span><input id="t" aria-labelledby="l">', '#t', 'Count 4'],
  ['<span id="l">Pick <div role="listbox"><div role="option">A</div><div role="option" aria-selected="true">B</div></div></span><input id="t" aria-labelledby="l">', '#t', 'Pick B'],
  ['<span id="l">Say <span role="textbox">this</span></span><input id="t" aria-labelledby="l">', '#t', 'Say this'],
  // Hidden content: left out of a label, used when a label points at it.
  ['<label for="t">Name<span hidden> secret</span><span style="display:none"> gone</span><span aria-hidden="true"> also</span></label><input id="t">', '#t', 'Name'],
  ['<span id="h" hidden>Hidden label</span><input id="t" aria-labelledby="h">', '#t', 'Hidden label'],
  ['<span id="h" style="visibility:hidden">Invisible</span><input id="t" aria-labelledby="h">', '#t', 'Invisible'],
  // Elements a label refers to give their own name: aria-label, alt, content.
  ['<span id="l" aria-label="Release date"><b>ignored</b></span><input id="t" aria-labelledby="l">', '#t', 'Release date'],
  ['<span id="l"><img alt="Date"> of release</span><input id="t" aria-labelledby="l">', '#t', 'Date of release'],
  ['<span id="l"><img alt=""> Blank image</span><input id="t" aria-labelledby="l">', '#t', 'Blank image'],
  ['<div id="l"><div>Block</div><div>text</div></div><input id="t" aria-labelledby="l">', '#t', 'Block text'],
  ['<span id="l">In<b>line</b></span><input id="t" aria-labelledby="l">', '#t', 'Inline'],
  ['<span id="l"><button>Go</button> now</span><input id="t" aria-labelledby="l">', '#t', 'Go now'],
  // A button inside a label adds only its content (inputs have none), as browsers do.
  ['<span id="l"><input type="submit"> then</span><input id="t" aria-labelledby="l">', '#t', 'then'],
  ['<span id="l"><input type="button" value="Press"> it</span><input id="t" aria-labelledby="l">', '#t', 'it'],
  ['<input id="t" type="submit">', '#t', 'Submit'],
  ['<input id="t" type="button" value="Press">', '#t', 'Press'],
  ['<span id="l" title="Tip">  </span><input id="t" aria-labelledby="l">', '#t', 'Tip'],
  // Loops and self-reference end.
  ['<span id="a" aria-labelledby="b">A</span><span id="b" aria-labelledby="a">B</span><input id="t" aria-labelledby="a b">', '#t', 'A B'],
  ['<input id="t" aria-label="Myself" aria-labelledby="t">', '#t', 'Myself'],
  ['<input id="t" aria-labelledby="t x"><span id="x">Other</span>', '#t', 'Other'],
  // Groups and other elements the reader asks about.
  ['<div id="t" role="radiogroup" aria-labelledby="q"><span id="q">Has the person been <em>convicted</em>?</span></div>', '#t', 'Has the person been convicted?'],
  ['<fieldset id="t"><legend>Address</legend><input></fieldset>', '#t', 'Address'],
  ['<fieldset id="t" aria-label="Contact"><legend>Address</legend></fieldset>', '#t', 'Contact'],
  ['<input id="t" type="radio" value="yes">', '#t', ''],
  ['<input id="t" type="radio" title="Yes">', '#t', 'Yes'],
  ['<textarea id="t" placeholder="Notes"></textarea>', '#t', ''],
  ['<div id="t" role="none" aria-label="Named presentational"></div>', '#t', 'Named presentational'],
  ['<span id="l"><span role="presentation">plain</span> text</span><input id="t" aria-labelledby="l">', '#t', 'plain text'],
  ['<span id="l"><ul role="menu"><li>Item</li></ul>Menu</span><input id="t" aria-labelledby="l">', '#t', 'Menu'],
  ['<span id="l"><a href="#">Link</a> text</span><input id="t" aria-labelledby="l">', '#t', 'Link text'],
  ['<input id="t" type="image" alt="Search">', '#t', 'Search'],
  ['<button id="t"> Save <span>plan</span></button>', '#t', 'Save plan'],
];

describe('accessible names', () => {
  it.each(CASES)('%s', (html, selector, expected) => {
    document.body.innerHTML = html;
    const el = document.querySelector(selector);
    if (!el) throw new Error(`no ${selector}`);
    expect(accessibleName(el)).toBe(expected);
    expect(accessibleName(el)).toBe(computeAccessibleName(el));
  });

  it('finds aria-labelledby targets inside the same shadow root', () => {
    document.body.innerHTML = '<div id="host"></div><span id="l">Outside</span>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span id="l">Inside</span><input aria-labelledby="l">';
    const input = root.querySelector('input')!;
    expect(accessibleName(input)).toBe('Inside');
    expect(accessibleName(input)).toBe(computeAccessibleName(input));
  });
});
