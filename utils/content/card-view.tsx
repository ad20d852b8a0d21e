/**
 * The hover card's UI (Preact, the comparison) rendered into the card's container in
 * Crosscheck's shadow root.
 */
import { render } from 'preact';
import { HoverCard } from '../../components/card/HoverCard';
import type { MarkedFigure, ReadingReply } from '../messages';

export interface CardProps {
  figure: MarkedFigure;
  reply: ReadingReply;
  onClose: () => void;
}

export function showCard(container: HTMLElement, props: CardProps): void {
  render(<HoverCard {...props} />, container);
}

export function hideCard(container: HTMLElement): void {
  render(null, container);
}
