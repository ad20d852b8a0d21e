/**
 * The hover card's UI (Preact, the comparison) rendered into the card's container in
 * Crosscheck's shadow root, whose styles it adds there the first time.
 */
import { render } from 'preact';
import { HoverCard } from '../../components/card/HoverCard';
import type { MarkedFigure, ReadingReply } from '../messages';

export interface CardProps {
  figure: MarkedFigure;
  reply: ReadingReply;
  onClose: () => void;
}

export interface CardView {
  show(root: ShadowRoot, container: HTMLElement, props: CardProps): void;
  hide(container: HTMLElement): void;
}

export function createCardView(css: string): CardView {
  const styled = new WeakSet<ShadowRoot>();
  return {
    show(root, container, props) {
      if (!styled.has(root)) {
        const style = container.ownerDocument.createElement('style');
        style.textContent = css;
        root.append(style);
        styled.add(root);
      }
      render(<HoverCard {...props} />, container);
    },
    hide(container) {
      render(null, container);
    },
  };
}
