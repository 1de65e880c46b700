import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { parseInline, parseMarkdown, type Block, type Inline } from '../../../../scenario';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, '& > *': { margin: 0 } },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: '0.95em', backgroundColor: tokens.colorNeutralBackground3, padding: '0 3px', borderRadius: tokens.borderRadiusSmall },
  codeBlock: { fontFamily: tokens.fontFamilyMonospace, backgroundColor: tokens.colorNeutralBackground3, padding: tokens.spacingHorizontalS, overflowX: 'auto', whiteSpace: 'pre' },
  table: { borderCollapse: 'collapse', '& th, & td': { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: `2px ${tokens.spacingHorizontalS}`, textAlign: 'left' } },
});

/*
 * Scenario text comes from files anyone may write, so it never reaches the page as HTML: the
 * scenario engine parses its Markdown subset into plain data, and each node becomes a React
 * element with its text as a child. `<script>` in a task is shown as those characters.
 */

function Inlines({ nodes }: { nodes: readonly Inline[] }) {
  const styles = useStyles();
  return (
    <>
      {nodes.map((node, index) => {
        switch (node.type) {
          case 'text':
            return node.text;
          case 'strong':
            return (
              <strong key={index}>
                <Inlines nodes={node.children} />
              </strong>
            );
          case 'emphasis':
            return (
              <em key={index}>
                <Inlines nodes={node.children} />
              </em>
            );
          case 'code':
            return (
              <code key={index} className={styles.code}>
                {node.text}
              </code>
            );
          case 'link':
            // The parser keeps only https links; they open outside the sandbox.
            return (
              <Link key={index} href={node.href} target="_blank" rel="noopener noreferrer" inline>
                <Inlines nodes={node.children} />
              </Link>
            );
        }
      })}
    </>
  );
}

const HEADINGS = { 1: 'h3', 2: 'h4', 3: 'h5' } as const;

function BlockView({ block }: { block: Block }) {
  const styles = useStyles();
  switch (block.type) {
    case 'heading': {
      // Below the pane's own headings: a task's "# Heading" is a section of the task.
      const Heading = HEADINGS[block.level];
      return (
        <Heading className={styles.heading}>
          <Inlines nodes={block.children} />
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Inlines nodes={block.children} />
        </p>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className={styles.list}>
          {block.items.map((item, index) => (
            <li key={index}>
              <Inlines nodes={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'codeBlock':
      return (
        <pre className={styles.codeBlock}>
          <code>{block.text}</code>
        </pre>
      );
    case 'table':
      return (
        <table className={styles.table}>
          <thead>
            <tr>
              {block.header.map((cell, index) => (
                <th key={index} scope="col">
                  <Inlines nodes={cell} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) => (
                  <td key={index}>
                    <Inlines nodes={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** A scenario's Markdown (task text) as elements. */
export function MarkdownView({ source, className }: { source: string; className?: string }) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.body, className)}>
      {parseMarkdown(source).map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </div>
  );
}

/** One line of scenario Markdown (a hint), inline spans only. */
export function InlineMarkdown({ source }: { source: string }) {
  return <Inlines nodes={parseInline(source)} />;
}
