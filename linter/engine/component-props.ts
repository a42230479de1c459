/**
 * The props each component of an allowed docs module documents, and what kind of value each
 * takes. `mdx-safe` checks strategy docs against it: a prop outside the table is refused
 * (`LinkButton` and `LinkCard` spread unknown props onto `<a>`, `Badge` onto `<span>`), URL props
 * go through the URL allowlist, and props a component renders with `set:html` (`Card` and
 * `LinkCard` titles, `LinkCard` descriptions) may hold no markup.
 *
 * Read from the components' source in `@astrojs/starlight/dist/user-components/` (0.42) and
 * `astro-expressive-code/components` (`Code`). `Icon`'s `color` and `class` and every `class`
 * prop are left out on purpose: they restyle the page (`color` is written into a style).
 */

/** What a prop's literal value may be. */
export type PropKind =
  /** Rendered as escaped text or used as data: any literal. */
  | 'text'
  /** Rendered with `set:html`: plain text without `<` or `&`. */
  | 'html'
  /** A link: relative, or an allowed protocol (`linter/schema/urls.ts`). */
  | 'url'
  /** The name of a Starlight icon, e.g. `right-arrow` or `seti:json`. */
  | 'icon'
  /** A CSS length such as `1.5rem` (written into a style). */
  | 'length'
  /** A flag: written bare (`<CardGrid stagger>`) or as `"true"` / `"false"`. */
  | 'boolean'
  /** One of a fixed set of values. */
  | readonly string[];

export type ComponentProps = Readonly<Record<string, PropKind>>;

const asideTypes = ['note', 'tip', 'caution', 'danger'] as const;
const badgeVariants = ['note', 'danger', 'success', 'caution', 'tip', 'default'] as const;

/** Starlight's user components, by export name. */
const starlight: Readonly<Record<string, ComponentProps>> = {
  Aside: { type: asideTypes, title: 'text', icon: 'icon' },
  Badge: { text: 'text', variant: badgeVariants, size: ['small', 'medium', 'large'] },
  Card: { title: 'html', icon: 'icon' },
  CardGrid: { stagger: 'boolean' },
  Code: {
    code: 'text',
    lang: 'text',
    meta: 'text',
    locale: 'text',
    title: 'text',
    frame: ['auto', 'code', 'terminal', 'none'],
    mark: 'text',
    ins: 'text',
    del: 'text',
    useDiffSyntax: 'boolean',
    wrap: 'boolean',
    preserveIndent: 'boolean',
    hangingIndent: 'text',
  },
  FileTree: {},
  Icon: { name: 'icon', label: 'text', size: 'length' },
  LinkButton: {
    href: 'url',
    variant: ['primary', 'secondary', 'minimal'],
    icon: 'icon',
    iconPlacement: ['start', 'end'],
  },
  LinkCard: { title: 'html', href: 'url', description: 'html' },
  Steps: {},
  TabItem: { label: 'text', icon: 'icon' },
  Tabs: { syncKey: 'text' },
};

/** Documented props per module of `mdx.docsImports`; other modules are checked generically. */
export const documentedComponents: Readonly<
  Record<string, Readonly<Record<string, ComponentProps>>>
> = {
  '@astrojs/starlight/components': starlight,
};

const ICON = /^[a-z0-9]+(?:[-:][a-z0-9]+)*$/i;
const LENGTH = /^\d+(?:\.\d+)?(?:px|em|rem|%)?$/;

/** Why a literal value does not fit its kind (`undefined`: it fits). `null` is a bare prop. */
export function misfit(kind: PropKind, value: string | null): string | undefined {
  if (typeof kind !== 'string')
    return value !== null && kind.includes(value)
      ? undefined
      : `one of ${kind.map((v) => `\`${v}\``).join(', ')}`;
  switch (kind) {
    case 'boolean':
      return value === null || value === 'true' || value === 'false'
        ? undefined
        : 'a bare flag, `"true"` or `"false"`';
    case 'icon':
      return value !== null && ICON.test(value)
        ? undefined
        : 'the name of a Starlight icon such as `right-arrow`';
    case 'length':
      return value !== null && LENGTH.test(value) ? undefined : 'a CSS length such as `1.5rem`';
    default:
      // `text`, `html` and `url` need a value; their content is checked by the rule.
      return value === null ? 'a quoted value' : undefined;
  }
}
