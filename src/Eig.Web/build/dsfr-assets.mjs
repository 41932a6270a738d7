// Builds the DSFR the platform sends, from the pinned npm package, so that a first visit stays light:
// 1. one stylesheet (wwwroot/lib/dsfr/dsfr-eig.min.css): DSFR's core and scheme, then only the components whose
//    classes the platform writes (found in its sources, with the dependencies each component's README lists), the
//    icon classes it writes, and the print rules; no legacy (IE 11) layer. A page never needs a second DSFR file.
// 2. one module script (dsfr-eig.module.min.js): DSFR's core, scheme and the scripts of the same components.
// 3. only the icon files those stylesheets point to, next to them;
// 4. DSFR's woff2 fonts cut down to the characters French text and European names use, in two files per face:
//    the common one (Basic Latin, the letters of Latin-1, œ, « », °, typographic punctuation, €) and the rest
//    (Latin-1's other signs such as § © ±, Latin Extended-A, …), joined by `unicode-range` so that a browser
//    downloads the second only for a page that needs it; hinting instructions dropped (modern browsers rasterise
//    without them); only the OpenType features a browser applies by itself (kerning, standard ligatures, contextual
//    forms, marks: neither DSFR nor the platform turns another one on with font-feature-settings or font-variant,
//    which a test of the build checks), so the glyphs only other features reach (small capitals, old-style and
//    tabular figures, fractions, stylistic sets) are not sent: 17.3 KB a face became 10.9 KB, drawn the same (a
//    screenshot of accented text, ligatures and kerning pairs in Chromium is identical pixel for pixel). DSFR's terms
//    (doc/legal/cgu.md, art. 2) forbid changing the typography, an "Élément d'Identité": the drawing of every glyph
//    sent is Marianne's own; only what no page asks for stays on the server.
//    A character outside both files is drawn by the fallback font of DSFR's font stack, never lost.
// The sources are read again at every build: a page that starts using a DSFR component or icon gets it.
import subsetFont from 'subset-font';
import fs from 'node:fs';
import path from 'node:path';

const dist = 'node_modules/@gouvfr/dsfr/dist';
const lib = 'wwwroot/lib/dsfr';
const read = f => fs.readFileSync(path.join(dist, f), 'utf8');
const strip = s => s.replace(/^@charset "UTF-8";/, '').replace(/\/\*![\s\S]*?\*\//g, '').replace(/\/\/# sourceMappingURL=\S+\s*$/, '').trim();

// Class names the platform writes, in its views, tag helpers, C# and scripts ("fr-btn--{kind}" counts as fr-btn).
const skipped = new Set(['node_modules', 'bin', 'obj', 'lib', 'Migrations', 'data']);
const used = new Set();
const featureUsers = [];
(function scan(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) { if (!skipped.has(e.name) && !e.name.startsWith('.')) scan(path.join(dir, e.name)); continue; }
    if (!/\.(cshtml|cs|js|css)$/.test(e.name)) continue;
    const source = fs.readFileSync(path.join(dir, e.name), 'utf8');
    for (const m of source.matchAll(/\bfr-[a-z0-9]+(?:(?:--|__|-)[a-z0-9]+)*/g)) used.add(m[0]);
    if (/font-(?:feature-settings|variant)/.test(source) && e.name !== 'dsfr-assets.mjs') featureUsers.push(path.join(dir, e.name));
  }
})('.');
// The fonts keep only the features a browser applies by itself (below): a style asking for another one would
// silently get nothing, so the build stops instead.
if (featureUsers.length) throw new Error(`font-feature-settings or font-variant in ${featureUsers.join(', ')}: keep that feature in defaultFeatures`);

// DSFR's spacing and column utilities (fr-mt-2w, fr-px-md-3v, fr-col-lg-4…: some 2,000 rules of the core, in every
// breakpoint) are kept only when the platform writes them: none is ever built by interpolation (a test of the build
// checks the stylesheet against the classes of the sources). Another rule of the core is kept as it is.
const utility = /^\.(fr-(?:m|p)[trblxy]?-(?:(?:sm|md|lg|xl)-)?(?:n?\d+v?w?|auto)|fr-col(?:-(?:sm|md|lg|xl))?-\d+|fr-col-offset(?:-(?:sm|md|lg|xl))?-\d+(?:--right)?)$/;
const pruneUtilities = css => {
  let out = '', i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) { out += css.slice(i); break; }
    let depth = 1, j = open + 1;
    for (; depth > 0 && j < css.length; j++) { if (css[j] === '{') depth++; else if (css[j] === '}') depth--; }
    const selector = css.slice(i, open), body = css.slice(open + 1, j - 1);
    if (selector.trim().startsWith('@')) {
      const inner = /^\s*@(media|supports)/.test(selector) ? pruneUtilities(body) : body;
      if (inner.trim()) out += `${selector}{${inner}}`;
    } else {
      const kept = selector.split(',').filter(s => { const m = s.trim().replace(/:not\(\.fr-col-offset[a-z0-9-]*--right\)$/, '').match(utility); return !m || used.has(m[1]); });
      if (kept.length) out += `${kept.join(',')}{${body}}`;
    }
    i = j;
  }
  return out;
};

const classesOf = css => new Set([...css.matchAll(/\.(fr-[a-zA-Z0-9_-]+)/g)].map(m => m[1]));
const coreFull = strip(read('core/core.main.min.css'));
const core = pruneUtilities(coreFull);
const scheme = strip(read('scheme/scheme.min.css'));
const base = new Set([...classesOf(coreFull), ...classesOf(scheme)]);

// Components, their CSS and their dependencies (the "Dépendances" tree of their README).
const components = new Map();
for (const name of fs.readdirSync(path.join(dist, 'component')).filter(n => !n.includes('.'))) {
  const css = fs.existsSync(path.join(dist, `component/${name}/${name}.main.min.css`)) ? strip(read(`component/${name}/${name}.main.min.css`)) : '';
  const readme = read(`component/${name}/README.md`);
  const tree = (readme.split('## Dépendances')[1] ?? '').split('```')[1] ?? '';
  const deps = [...tree.matchAll(/└─\s*([a-z-]+)/g)].map(m => m[1]).filter(d => d !== 'core' && d !== 'scheme' && d !== name);
  components.set(name, { css, deps, classes: classesOf(css) });
}
const closure = (name, seen = new Set()) => {
  for (const d of components.get(name)?.deps ?? []) if (!seen.has(d) && components.has(d)) { seen.add(d); closure(d, seen); }
  return seen;
};
// Each class belongs to the component whose stylesheet names it most (fr-btn to button, though header and modal style
// buttons too; fr-label to form). A component is needed when the platform writes one of its own classes, with the
// dependencies its README lists; a component without stylesheet (display: the display settings) when its name is a
// class the platform writes.
const owner = new Map();
for (const [name, c] of components) {
  for (const k of c.classes) {
    if (base.has(k)) continue;
    const n = c.css.split(`.${k}`).length - 1;
    if (!owner.has(k) || owner.get(k).n < n) owner.set(k, { name, n });
  }
}
const chosen = new Set();
for (const [name, c] of components) {
  const needed = c.css ? [...c.classes].some(k => owner.get(k)?.name === name && used.has(k)) : used.has(`fr-${name}`);
  if (needed) { chosen.add(name); for (const d of closure(name)) chosen.add(d); }
}
// DSFR's own order (the position of each component in its full stylesheet), dependencies first.
const full = read('dsfr.main.min.css');
const rank = n => { const i = full.indexOf(components.get(n).css.slice(0, 80)); return i < 0 ? Infinity : i; };
const ordered = [];
const visit = n => { if (ordered.includes(n)) return; for (const d of [...components.get(n).deps].sort((a, b) => rank(a) - rank(b))) if (chosen.has(d)) visit(d); ordered.push(n); };
for (const n of [...chosen].sort((a, b) => rank(a) - rank(b))) visit(n);

// Icon classes written by the platform, from every category.
const iconNames = [...used].filter(k => k.startsWith('fr-icon-'));
const iconRules = [];
for (const cat of fs.readdirSync(path.join(dist, 'utility/icons')).filter(n => n.startsWith('icons-'))) {
  const css = strip(read(`utility/icons/${cat}/${cat}.main.min.css`));
  for (const rule of css.split('}').filter(Boolean)) {
    const selectors = rule.split('{')[0].split(',');
    if (selectors.some(s => iconNames.includes(s.replace(/:(after|before)$/, '').slice(1)))) iconRules.push(rule + '}');
  }
}

// Fonts: each @font-face becomes two faces (common characters, the rest) in woff2 only.
// Common: U+00A0 (no-break space), « (AB), ° (B0), · (B7), » (BB) and the letters À-ÿ but × (D7) and ÷ (F7); the
// other signs of Latin-1 (¡ to ¿ but those, ×, ÷) go with the rest. Together the two cover what they covered before.
const ranges = {
  common: [[0x20, 0x7e], [0xa0, 0xa0], [0xab, 0xab], [0xb0, 0xb0], [0xb7, 0xb7], [0xbb, 0xbb], [0xc0, 0xd6], [0xd8, 0xf6],
    [0xf8, 0xff], [0x152, 0x153], [0x178, 0x178], [0x2c6, 0x2c6], [0x2dc, 0x2dc], [0x2013, 0x2014],
    [0x2018, 0x201e], [0x2020, 0x2022], [0x2026, 0x2026], [0x202f, 0x202f], [0x2030, 0x2030], [0x2039, 0x203a], [0x20ac, 0x20ac],
    [0x2122, 0x2122], [0x2190, 0x2193], [0x2212, 0x2212]],
  rest: [[0xa1, 0xaa], [0xac, 0xaf], [0xb1, 0xb6], [0xb8, 0xba], [0xbc, 0xbf], [0xd7, 0xd7], [0xf7, 0xf7],
    [0x100, 0x151], [0x154, 0x177], [0x179, 0x17f], [0x259, 0x259], [0x292, 0x292], [0x2c7, 0x2db], [0x2dd, 0x2dd],
    [0x2000, 0x2012], [0x2015, 0x2017], [0x2023, 0x2025], [0x2027, 0x202e], [0x2031, 0x2038], [0x203b, 0x206f], [0xfb00, 0xfb04]],
};
// The features HarfBuzz, and so Chromium and Firefox, apply to horizontal Latin text without being asked.
const defaultFeatures = ['abvm', 'blwm', 'calt', 'ccmp', 'clig', 'curs', 'dist', 'kern', 'liga', 'locl', 'ltra', 'ltrm', 'mark',
  'mkmk', 'rclt', 'rlig', 'rvrn'];
const hex = n => n.toString(16).toUpperCase().padStart(4, '0');
const unicodeRange = rs => rs.map(([a, b]) => a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`).join(',');
const text = rs => rs.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i))).join('');
const faces = css => css.replace(/@font-face\{([^}]*)\}/g, (_, body) => {
  const file = body.match(/url\(\.\.\/fonts\/([^.)]+)\.woff2\)/)[1];
  const rest = body.replace(/src:[^;}]*;?/, '').replace(/;$/, '');
  return `@font-face{${rest};src:url(fonts/${file}.woff2) format("woff2");unicode-range:${unicodeRange(ranges.common)}}`
    + `@font-face{${rest};src:url(fonts/${file}-ext.woff2) format("woff2");unicode-range:${unicodeRange(ranges.rest)}}`;
});

const relocate = css => css.replace(/url\((["']?)(?:\.\.\/)+(icons|fonts)\//g, 'url($1$2/');
const print = ['core/core.print.min.css', ...ordered.map(n => `component/${n}/${n}.print.min.css`)]
  .filter(f => fs.existsSync(path.join(dist, f))).map(f => strip(read(f))).join('');
const stylesheet = relocate([faces(core), scheme, ...ordered.map(n => components.get(n).css), iconRules.join(''), `@media print{${print}}`].join('\n'));
fs.mkdirSync(lib, { recursive: true });
const banner = '/*! DSFR v1.14.4 | SPDX-License-Identifier: MIT | License-Filename: LICENSE.md | restricted use (see terms and conditions) */\n';
const write = (file, content) => { // unchanged files keep their date, so that the build does not compress them again
  const target = path.join(lib, file);
  if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== content) fs.writeFileSync(target, content);
};
write('dsfr-eig.min.css', '@charset "UTF-8";\n' + banner + stylesheet);

// Scripts: each file in its own block (they all declare `const e=window.dsfr`), core first.
const scripts = ['core/core.module.min.js', 'scheme/scheme.module.min.js',
  ...ordered.map(n => `component/${n}/${n}.module.min.js`).filter(f => fs.existsSync(path.join(dist, f)))];
write('dsfr-eig.module.min.js', banner + scripts.map(f => `{\n${strip(read(f))}\n}`).join('\n'));

// Only the icon files the stylesheet points to.
for (const m of new Set([...stylesheet.matchAll(/url\(["']?(icons\/[^)"']+)/g)].map(m => m[1]))) {
  const target = path.join(lib, m);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (!fs.existsSync(target)) fs.copyFileSync(path.join(dist, m), target);
}

fs.mkdirSync(path.join(lib, 'fonts'), { recursive: true });
for (const name of fs.readdirSync(path.join(dist, 'fonts')).filter(f => f.endsWith('.woff2'))) {
  const source = path.join(dist, 'fonts', name);
  for (const [part, suffix] of [['common', ''], ['rest', '-ext']]) {
    const target = path.join(lib, 'fonts', name.replace('.woff2', `${suffix}.woff2`));
    if (fs.existsSync(target) && fs.statSync(target).mtimeMs >= fs.statSync(source).mtimeMs
        && fs.statSync(target).mtimeMs >= fs.statSync(import.meta.filename).mtimeMs) continue;
    const subset = await subsetFont(fs.readFileSync(source), text(ranges[part]), { targetFormat: 'woff2', noHinting: true, keepFeatures: defaultFeatures });
    fs.writeFileSync(target, subset);
    console.log(`${path.basename(target)}: ${fs.statSync(source).size} -> ${subset.length} bytes`);
  }
}
console.log(`DSFR: ${ordered.length} components (${ordered.join(', ')}), ${iconRules.length} icon classes`);
