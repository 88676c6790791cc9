// A Vite plugin for the script-tag build: squeezes the whitespace out of Lit's `html`, `svg` and `css` tagged
// templates in our own sources (the minifier leaves template literals alone). Conservative on purpose:
//
// - html/svg, in text: a run of whitespace that contains a line break becomes one space (the browser would
//   collapse it to one space anyway). Runs without a line break, quoted attribute values, comments and the
//   contents of <pre>, <textarea>, <script> and <style> are left exactly as written.
// - html/svg, inside a tag: runs of whitespace between attributes become one space; the run before `>` goes
//   when it follows a quoted value (never after an unquoted value or a binding, where `>` could join the value).
// - css: comments go, whitespace collapses to one space, and goes entirely around `{ } ; ,` and after `:`
//   (never before `:`, where it is a descendant combinator); strings are left as written.
//
// Only whitespace changes (and CSS comments): each template is checked for that after rewriting, and the build
// fails if anything else would change. Expressions (`${…}`) are never touched; the state of the HTML/CSS scanner
// carries across them.

/** @typedef {'text' | 'tag' | 'dq' | 'sq' | 'comment' | 'raw'} HtmlState */

const RAW_TEXT = /^(pre|textarea|script|style)$/i;
// HTML's and CSS's whitespace (not JavaScript's `\s`, which includes the no-break space).
const WS = /[ \t\n\r\f]/;
const WS_RUNS = /[ \t\n\r\f]+/g;

/**
 * Minifies the static parts (raw source text) of one html/svg template; returns them in the same order.
 * @param {string[]} parts
 * @returns {string[]}
 */
export function minifyHtmlParts(parts) {
  /** @type {HtmlState} */
  let state = 'text';
  let rawTag = ''; // inside <pre> etc.: the name whose closing tag ends the raw text
  let tagName = ''; // the tag being read (while in `tag` state)
  let readingName = false;
  return parts.map((part) => {
    let out = '';
    let i = 0;
    while (i < part.length) {
      const c = part[i];
      if (state === 'raw') {
        const close = part.toLowerCase().indexOf(`</${rawTag}`, i);
        if (close === -1) {
          out += part.slice(i);
          i = part.length;
        } else {
          out += part.slice(i, close);
          i = close;
          state = 'text';
        }
        continue;
      }
      if (state === 'comment') {
        const end = part.indexOf('-->', i);
        if (end === -1) {
          out += part.slice(i);
          i = part.length;
        } else {
          out += part.slice(i, end + 3);
          i = end + 3;
          state = 'text';
        }
        continue;
      }
      if (state === 'dq' || state === 'sq') {
        const end = part.indexOf(state === 'dq' ? '"' : "'", i);
        if (end === -1) {
          out += part.slice(i);
          i = part.length;
        } else {
          out += part.slice(i, end + 1);
          i = end + 1;
          state = 'tag';
        }
        continue;
      }
      if (WS.test(c)) {
        let j = i;
        while (j < part.length && WS.test(part[j])) j++;
        const run = part.slice(i, j);
        if (state === 'text') {
          out += run.includes('\n') ? ' ' : run;
        } else {
          // In a tag. Drop the run before `>` only after a quoted value (`…" >`), else keep one space.
          readingName = false;
          const prev = out[out.length - 1];
          const dropBeforeClose = part[j] === '>' && i > 0 && (prev === '"' || prev === "'");
          out += dropBeforeClose ? '' : ' ';
        }
        i = j;
        continue;
      }
      if (state === 'text') {
        if (part.startsWith('<!--', i)) {
          state = 'comment';
          out += '<!--';
          i += 4;
          continue;
        }
        if (c === '<' && /[a-zA-Z/]/.test(part[i + 1] ?? '')) {
          state = 'tag';
          tagName = '';
          readingName = true;
        }
        out += c;
        i++;
        continue;
      }
      // state === 'tag'
      if (readingName && /[\w-]/.test(c)) tagName += c;
      else if (c !== '<') readingName = false;
      if (c === '"') state = 'dq';
      else if (c === "'") state = 'sq';
      else if (c === '>') {
        state = RAW_TEXT.test(tagName) ? 'raw' : 'text';
        rawTag = tagName.toLowerCase();
      }
      out += c;
      i++;
    }
    // A binding ends a tag name (`<${…}` is not used in our templates) but keeps the state otherwise.
    readingName = false;
    return out;
  });
}

/**
 * Minifies the static parts of one css template.
 * @param {string[]} parts
 * @returns {string[]}
 */
export function minifyCssParts(parts) {
  /** @type {'css' | 'dq' | 'sq' | 'comment'} */
  let state = 'css';
  return parts.map((part) => {
    // Split into code and protected pieces (strings, kept verbatim); drop comments.
    /** @type {{ code: boolean, text: string }[]} */
    const pieces = [];
    let i = 0;
    let buf = '';
    const flush = (code) => {
      if (buf) pieces.push({ code, text: buf });
      buf = '';
    };
    while (i < part.length) {
      if (state === 'comment') {
        const end = part.indexOf('*/', i);
        i = end === -1 ? part.length : end + 2;
        if (end !== -1) {
          state = 'css';
          buf += ' ';
        }
        continue;
      }
      if (state === 'dq' || state === 'sq') {
        const quote = state === 'dq' ? '"' : "'";
        let j = i;
        while (j < part.length && part[j] !== quote) j += part[j] === '\\' ? 2 : 1;
        if (j >= part.length) {
          buf += part.slice(i);
          i = part.length;
        } else {
          buf += part.slice(i, j + 1);
          i = j + 1;
          state = 'css';
          flush(false);
        }
        continue;
      }
      const c = part[i];
      if (c === '/' && part[i + 1] === '*') {
        state = 'comment';
        i += 2;
        continue;
      }
      if (c === '"' || c === "'") {
        flush(true);
        state = c === '"' ? 'dq' : 'sq';
        buf += c;
        i++;
        continue;
      }
      buf += c;
      i++;
    }
    flush(state === 'css' || state === 'comment');
    return pieces
      .map(({ code, text }) =>
        code
          ? text
              .replace(WS_RUNS, ' ')
              .replace(/ ?([{};,]) ?/g, '$1')
              .replace(/: /g, ':')
              .replace(/;}/g, '}')
          : text,
      )
      .join('');
  });
}

/** Removes CSS comments and all whitespace: what must not change when a css template is minified. */
const cssSkeleton = (s) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/[ \t\n\r\f]+|;(?=[ \t\n\r\f]*})/g, '');
const htmlSkeleton = (s) => s.replace(WS_RUNS, '');

const TAGS = { html: minifyHtmlParts, svg: minifyHtmlParts, css: minifyCssParts };

/**
 * @param {{ include?: RegExp }} [options] which module ids to rewrite (default: this package's `src/`, not tests)
 * @returns {import('vite').Plugin}
 */
export function minifyLitTemplates(options = {}) {
  const include = options.include ?? /[\\/]packages[\\/]widgets[\\/]src[\\/].*(?<!\.test)\.[cm]?[jt]s$/;
  return {
    name: 'solidarity:minify-lit-templates',
    apply: 'build',
    transform(code, id) {
      if (!include.test(id) || !/\b(html|svg|css)`/.test(code) || !/from\s*['"]lit['"]/.test(code)) return null;
      const ast = this.parse(code, { lang: /\.tsx?$/.test(id) ? 'ts' : 'js' });
      /** @type {{ start: number, end: number, text: string }[]} */
      const edits = [];
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const minify = TAGS[node.tag.name];
        if (!minify) return;
        const quasis = node.quasi.quasis;
        const raws = quasis.map((q) => q.value.raw);
        const minified = minify(raws);
        const skeleton = node.tag.name === 'css' ? cssSkeleton : htmlSkeleton;
        quasis.forEach((q, k) => {
          // The parser's span of an element includes its delimiters (`` ` `` or `}` before, `${` or `` ` `` after);
          // check rather than trust, so a change in the parser fails the build instead of corrupting a template.
          const start = q.start + 1;
          const end = q.end - (q.tail ? 1 : 2);
          if (code.slice(start, end) !== raws[k] || !'`}'.includes(code[q.start])) {
            throw new Error(`${id}: template position mismatch at ${q.start}`);
          }
          if (skeleton(raws[k]) !== skeleton(minified[k])) {
            throw new Error(`${id}: minifying a ${node.tag.name} template changed more than whitespace:\n${raws[k]}\n→\n${minified[k]}`);
          }
          if (minified[k] !== raws[k]) edits.push({ start, end, text: minified[k] });
        });
      });
      if (!edits.length) return null;
      edits.sort((a, b) => b.start - a.start);
      let out = code;
      for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}

/** Visits every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    if (key === 'parent') continue;
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}
