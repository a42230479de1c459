/**
 * `mdx-safe`: content holds no code that runs when the site builds. MDX evaluates `import`,
 * `export` and `{…}` expressions during `astro build`, and content arrives by pull request, so
 * a brief could read secrets or write files on the build machine. Raw HTML and `javascript:`
 * links would run script in every reader's browser instead.
 *
 * Briefs, pillars, vision answers, gaps and the North Star: no ESM at all, no expressions other
 * than comments, only the components of `mdx.components`, with literal props. Strategy docs may
 * also import components from the modules of `mdx.docsImports` and use them with literal props;
 * any `export` is reported. Components of a module with a documented props table
 * (`engine/component-props.ts`, Starlight's) take only those props, each checked for its kind:
 * no markup in props rendered as HTML, URLs through the allowlist. On every component: no
 * event handlers (`on…`), `style` or `class`. Everywhere: raw HTML only from a small safe list,
 * without event handlers, `style` or Astro directives. Every URL (links, images, definitions, URL attributes and
 * props) is relative or uses a protocol of the sanitizer's default allowlist (`../schema/urls.ts`).
 *
 * Options: `mdx.components` (default none), `mdx.docsImports` (default
 * `@astrojs/starlight/components`).
 */
import { productRuleDocsUrl } from '../config/urls.ts';
import { isCommentOnly } from '../engine/mdx-comments.ts';
import { walk } from '../engine/walk.ts';
import type { Nodes } from 'mdast';
import { fileStart, placeOf } from '../engine/positions.ts';
import type { Place, Report } from '../engine/types.ts';
import { defineRule } from '../engine/define-rule.ts';
import { documentedComponents, misfit } from '../engine/component-props.ts';
import type { ComponentProps, PropKind } from '../engine/component-props.ts';
import { allowedProtocols, checkUrl } from '../schema/urls.ts';
import type { UrlKind } from '../schema/urls.ts';

type Esm = Extract<Nodes, { type: 'mdxjsEsm' }>;
type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type JsxAttribute = JsxElement['attributes'][number];

/** Raw HTML elements that cannot run script or restyle the page. */
export const safeHtmlElements: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'p',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

/** Attributes whose value is a URL the browser may load or navigate to, and which allowlist applies. */
const urlAttributes: ReadonlyMap<string, UrlKind> = new Map([
  ['href', 'href'],
  ['xlink:href', 'href'],
  ['action', 'href'],
  ['formaction', 'href'],
  ['ping', 'href'],
  ['src', 'src'],
  ['srcset', 'src'],
  ['poster', 'src'],
  ['background', 'src'],
  ['data', 'src'],
  ['cite', 'cite'],
  ['longdesc', 'longDesc'],
]);

/** Props that inject raw HTML or ship script, on any element (Astro directives included). */
const injectingAttribute =
  /^(?:set:|client:|server:|is:|define:|dangerouslysetinnerhtml$|innerhtml$|srcdoc$)/i;

const why =
  'MDX runs code when the site builds and content arrives by pull request, so content must not run code.';

/** The message ids this rule reports, with what each means. */
const messages = {
  esm: 'An `import` or `export` statement where content may not have one',
  import: 'A strategy doc imports from a module outside `mdx.docsImports`',
  expression: 'A JavaScript expression that is not a comment',
  component: 'A component that is not allowed here',
  html: 'A raw HTML element outside the safe list',
  attribute: 'An expression, spread, event-handler, `style` or directive attribute',
  prop: 'A prop the component does not document (it would be spread onto the rendered element)',
  'prop-value': 'A prop value outside what the component documents for it',
  'html-prop': 'Markup (`<` or `&`) in a prop the component renders as HTML',
  'unsafe-url': 'A URL that is neither relative nor of an allowed protocol (`https:`, `mailto:`…)',
};
type MessageId = keyof typeof messages;

export const mdxSafe = defineRule({
  id: 'mdx-safe',
  description:
    'Content runs no code at build time: no import/export, no expressions, only allowed components and safe HTML',
  url: productRuleDocsUrl,
  defaultSeverity: 'error',
  messages,
  checkFile(file, report, config) {
    if (!file.tree) return;
    const docs = file.collection === 'docs';
    const context: Context = {
      docs,
      report,
      allowed: new Set(config.mdx.components),
      docsImports: config.mdx.docsImports,
      imports: new Map(),
      namespaces: new Map(),
    };
    // Imports are hoisted: collect the names first so a component may precede its import.
    walk(file.tree, (node) => {
      if (node.type !== 'mdxjsEsm') return;
      if (docs) checkDocsEsm(node, context);
      else reportEsm(node, context);
    });
    walk(file.tree, (node) => {
      switch (node.type) {
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!isCommentOnly(node.value)) {
            report(
              `Unexpected JavaScript expression \`{${snippet(node.value)}}\`, expected text or an MDX comment`,
              {
                messageId: 'expression',
                place: placeOf(node),
                hint: `${why} Write the value as text, escape a literal brace as \`\\{\`, or turn it into a comment \`{/* … */}\`.`,
              },
            );
          }
          return;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node, context);
          return;
        case 'link':
        case 'image':
        case 'definition':
          reportUnsafeUrl(
            node.url,
            node.type === 'image' ? 'image' : 'link',
            node.type === 'image' ? 'src' : 'href',
            placeOf(node),
            context,
          );
          return;
        default:
      }
    });
  },
});

interface Context {
  docs: boolean;
  report: Report<MessageId>;
  /** Components usable without an import, plus (in docs) names imported from allowed modules. */
  allowed: Set<string>;
  docsImports: readonly string[];
  /** Docs: local name → the module and export it was imported as (`import { Card as C }`). */
  imports: Map<string, { module: string; exported: string }>;
  /** Docs: namespace → module (`import * as S from '…'`, then `<S.Card>`). */
  namespaces: Map<string, string>;
}

function reportEsm(node: Esm, context: Context): void {
  const first = node.data?.estree?.body[0];
  const keyword = first
    ? first.type === 'ImportDeclaration'
      ? 'import'
      : 'export'
    : /^\s*export\b/.test(node.value.slice(0, 64))
      ? 'export'
      : 'import';
  context.report(`Unexpected \`${keyword}\` statement, expected content without code`, {
    messageId: 'esm',
    place: placeOf(node),
    hint: `${why} Remove the statement; to use a component, ask for it to be added to \`mdx.components\` in \`handbook.config\` and write it without an import.`,
  });
}

/** Docs: imports from allowed modules define component names; anything else is reported. */
function checkDocsEsm(node: Esm, context: Context): void {
  const body = node.data?.estree?.body;
  if (!body) {
    reportEsm(node, context);
    return;
  }
  const allowedModules = context.docsImports.map((name) => `\`${name}\``).join(', ') || 'none';
  for (const statement of body) {
    const place = estreePlace(statement) ?? placeOf(node);
    if (statement.type === 'ImportDeclaration') {
      const source = String(statement.source.value);
      if (context.docsImports.includes(source)) {
        for (const specifier of statement.specifiers) {
          context.allowed.add(specifier.local.name);
          if (specifier.type === 'ImportSpecifier') {
            const exported =
              specifier.imported.type === 'Identifier'
                ? specifier.imported.name
                : String(specifier.imported.value);
            context.imports.set(specifier.local.name, { module: source, exported });
          } else {
            context.namespaces.set(specifier.local.name, source);
          }
        }
        continue;
      }
      context.report(
        `Unexpected import from \`${snippet(source)}\`, expected a module of \`mdx.docsImports\` (${allowedModules})`,
        {
          messageId: 'import',
          place,
          hint: `${why} Import components only from the modules listed in \`mdx.docsImports\`, or have the module reviewed and added there.`,
        },
      );
      continue;
    }
    context.report(
      'Unexpected `export` statement, expected only imports of components in a strategy doc',
      {
        messageId: 'esm',
        place,
        hint: `${why} Remove the statement; put data in the frontmatter and write text as Markdown.`,
      },
    );
  }
}

function checkElement(node: JsxElement, context: Context): void {
  const name = node.name;
  if (name === null) return; // A fragment `<>…</>` renders only its children, which are visited.
  const place = placeOf(node);
  const first = name.charCodeAt(0);
  // MDX treats a lowercase name without a dot as an HTML element, anything else as a component.
  const html = first >= 0x61 && first <= 0x7a && !name.includes('.');
  if (html) {
    if (!safeHtmlElements.has(name)) {
      context.report(
        `Unexpected \`<${snippet(name)}>\` element, expected Markdown or safe HTML such as \`<details>\`, \`<kbd>\` or \`<abbr>\``,
        {
          messageId: 'html',
          place,
          hint:
            'Elements such as `<script>`, `<iframe>`, `<object>` and `<style>` run code or change the page for every reader. Use Markdown, or one of the safe elements: ' +
            [...safeHtmlElements].map((e) => `\`${e}\``).join(', ') +
            '.',
        },
      );
      return;
    }
  } else if (!isAllowedComponent(name, context.allowed)) {
    const allowed = [...context.allowed].map((c) => `\`${c}\``).join(', ');
    context.report(
      context.docs
        ? `Unexpected component \`<${snippet(name)}>\`, expected a component imported from \`mdx.docsImports\`${allowed ? ` (${allowed})` : ''}`
        : `Unexpected component \`<${snippet(name)}>\`, expected one of \`mdx.components\` (${allowed || 'none configured'})`,
      {
        messageId: 'component',
        place,
        hint: context.docs
          ? `${why} Import the component from an allowed module such as \`@astrojs/starlight/components\`, or write the content as Markdown.`
          : `${why} Write the content as Markdown, or have the component reviewed and added to \`mdx.components\` in \`handbook.config\`.`,
      },
    );
    return;
  }
  const documented = html || !context.docs ? undefined : documentedProps(name, context);
  if (documented === null) {
    const known = Object.keys(documentedComponents[importOf(name, context)?.module ?? ''] ?? {})
      .map((c) => `\`${c}\``)
      .join(', ');
    context.report(
      `Unexpected component \`<${snippet(name)}>\`, expected one of the documented components ${known}`,
      {
        messageId: 'component',
        place,
        hint: `Only components whose props are checked may be used; \`${snippet(importOf(name, context)?.exported ?? name)}\` is not one of them. Write the content as Markdown, or have the component reviewed and added to \`linter/engine/component-props.ts\`.`,
      },
    );
    return;
  }
  for (const attribute of node.attributes) {
    if (checkAttribute(attribute, name, html, context, place) && documented)
      checkDocumentedProp(
        attribute as LiteralAttribute,
        name,
        documented,
        context,
        placeOf(attribute) ?? place,
      );
  }
}

/** The module and export a component name refers to, in docs. */
function importOf(
  name: string,
  context: Context,
): { module: string; exported: string } | undefined {
  const dot = name.indexOf('.');
  if (dot < 0) return context.imports.get(name);
  const module = context.namespaces.get(name.slice(0, dot));
  return module === undefined ? undefined : { module, exported: name.slice(dot + 1) };
}

/**
 * The props table of a docs component: undefined when its module has none (checked generically),
 * null when the module has a table but not this export.
 */
function documentedProps(name: string, context: Context): ComponentProps | null | undefined {
  const source = importOf(name, context);
  const table = source && documentedComponents[source.module];
  if (!source || !table) return undefined;
  return Object.hasOwn(table, source.exported) ? (table[source.exported] as ComponentProps) : null;
}

type LiteralAttribute = Extract<JsxAttribute, { type: 'mdxJsxAttribute' }> & {
  value: string | null | undefined;
};

/** A literal prop of a documented component: known, of the right kind, no markup or bad URL. */
function checkDocumentedProp(
  attribute: LiteralAttribute,
  element: string,
  props: ComponentProps,
  context: Context,
  place: Place | undefined,
): void {
  const name = attribute.name;
  const known = Object.keys(props);
  if (!Object.hasOwn(props, name)) {
    context.report(
      `Unexpected prop \`${snippet(name)}\` on \`<${element}>\`, expected ${known.length > 0 ? `one of ${known.map((k) => `\`${k}\``).join(', ')}` : 'no props'}`,
      {
        messageId: 'prop',
        place,
        hint: 'Props a component does not document are passed on to the HTML element it renders (a link, a span), where they can run script or restyle the page. Remove the prop.',
      },
    );
    return;
  }
  const kind = props[name] as PropKind;
  const value = attribute.value ?? null;
  const wrong = misfit(kind, value);
  if (wrong) {
    context.report(
      `Unexpected ${value === null ? 'bare' : `\`${snippet(value)}\``} for \`${name}\` of \`<${element}>\`, expected ${wrong}`,
      {
        messageId: 'prop-value',
        place,
        hint: `Write \`${name}\` as a quoted literal the component documents.`,
      },
    );
    return;
  }
  if (value === null) return;
  if (kind === 'html' && /[<&]/.test(value)) {
    context.report(
      `Unexpected \`${value.includes('<') ? '<' : '&'}\` in \`${name}\` of \`<${element}>\`, expected plain text`,
      {
        messageId: 'html-prop',
        place,
        hint: `\`<${element}>\` renders \`${name}\` as HTML, so markup in it would run in every reader’s browser. Write plain text (\`and\` for \`&\`); put formatting in the component’s content.`,
      },
    );
    return;
  }
  // `href` is also a URL attribute, already checked by `checkAttribute`.
  if (kind === 'url' && !urlAttributes.has(name.toLowerCase()))
    reportUnsafeUrl(value, `\`${name}\``, 'href', place, context);
}

function isAllowedComponent(name: string, allowed: ReadonlySet<string>): boolean {
  if (allowed.has(name)) return true;
  // `<Starlight.Card>` after `import * as Starlight from '…'`.
  const dot = name.indexOf('.');
  return dot > 0 && allowed.has(name.slice(0, dot));
}

/** Checks one attribute; returns true when it is a literal that passed (so documented props may check it further). */
function checkAttribute(
  attribute: JsxAttribute,
  element: string,
  html: boolean,
  context: Context,
  elementPlace: Place | undefined,
): boolean {
  const place = placeOf(attribute) ?? elementPlace;
  const fix = 'Use literal string props only, e.g. `title="Roadmap"`.';
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    context.report(
      `Unexpected spread attribute \`{${snippet(attribute.value)}}\` on \`<${element}>\`, expected literal props`,
      {
        messageId: 'attribute',
        place,
        hint: `${why} ${fix}`,
      },
    );
    return false;
  }
  const name = attribute.name;
  if (attribute.value !== null && typeof attribute.value === 'object') {
    context.report(
      `Unexpected expression in attribute \`${snippet(name)}\` of \`<${element}>\`, expected a literal string`,
      {
        messageId: 'attribute',
        place,
        hint: `${why} ${fix}`,
      },
    );
    return false;
  }
  // Components may spread props onto their element, so `onclick` and `class` count there too.
  const lower = name.toLowerCase();
  const restyles = lower === 'style' || (!html && (lower === 'class' || lower === 'classname'));
  if (/^on/i.test(name) || injectingAttribute.test(name) || restyles) {
    context.report(
      `Unexpected attribute \`${snippet(name)}\` on \`<${element}>\`, expected no event handlers, styles, classes or directives`,
      {
        messageId: 'attribute',
        place,
        hint: 'Event handlers (`on…`), `set:html` and `client:` directives run script or inject markup in the reader’s browser, and `style` or a component’s `class` restyle the page. Remove the attribute; describe behaviour in text.',
      },
    );
    return false;
  }
  const kind = urlAttributes.get(name.toLowerCase());
  if (typeof attribute.value === 'string' && kind) {
    // `srcset`: comma-separated candidates, each a URL and an optional descriptor.
    const values =
      name.toLowerCase() === 'srcset'
        ? attribute.value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
        : [attribute.value];
    for (const value of values) {
      if (reportUnsafeUrl(value, `\`${name}\``, kind, place, context)) return false;
    }
  }
  return true;
}

/** Reports a URL that is not relative and not of an allowed protocol; returns whether it did. */
export function reportUnsafeUrl(
  url: string,
  what: string,
  kind: UrlKind,
  place: Place | undefined,
  context: { report: Report<MessageId> },
): boolean {
  const verdict = checkUrl(url, kind);
  if (verdict.safe) return false;
  const expected = `a relative URL or one of ${allowedProtocols(kind)
    .map((p) => `\`${p}\``)
    .join(', ')}`;
  context.report(
    verdict.protocol
      ? `Unexpected \`${snippet(verdict.protocol)}\` URL in ${what}, expected ${expected}`
      : `Unexpected URL \`${snippet(url)}\` in ${what} that does not parse, expected ${expected}`,
    {
      messageId: 'unsafe-url',
      place: place ?? fileStart,
      hint: 'Other protocols run script (`javascript:`), embed unreviewed content (`data:`) or open local files and programs (`file:`, `ms-msdt:`) in the reader’s browser. Link to an `https:` page or to a file in the repository instead.',
    },
  );
  return true;
}

/** A short one-line excerpt for a message. */
function snippet(text: string): string {
  const head = text.slice(0, 41).replace(/\s+/g, ' ').trim();
  return head.length > 40 ? `${head.slice(0, 39)}…` : head;
}

/** An estree node's place (estree columns are 0-based). */
function estreePlace(node: {
  loc?:
    | { start: { line: number; column: number }; end: { line: number; column: number } }
    | null
    | undefined;
}): Place | undefined {
  const loc = node.loc;
  if (!loc) return undefined;
  return {
    start: { line: loc.start.line, column: loc.start.column + 1 },
    end: { line: loc.end.line, column: loc.end.column + 1 },
  };
}
