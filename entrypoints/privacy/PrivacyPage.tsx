import { Fragment } from 'react';
import { parseBlocks, parseInline, type Block } from './markdown';

function Text({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((part, i) =>
        part.kind === 'strong' ? <strong key={i}>{part.text}</strong> : part.kind === 'code' ? <code key={i}>{part.text}</code> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading': {
      const H = block.level === 1 ? 'h1' : block.level === 2 ? 'h2' : 'h3';
      return (
        <H>
          <Text text={block.text} />
        </H>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Text text={block.text} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>
              <Text text={item} />
            </li>
          ))}
        </ul>
      );
  }
}

/** The privacy policy (PRIVACY.md, bundled with the extension): text only, nothing loaded from anywhere. */
export function PrivacyPage({ markdown }: { markdown: string }) {
  return (
    <main className="panel privacy" data-testid="privacy-page">
      {parseBlocks(markdown).map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </main>
  );
}
