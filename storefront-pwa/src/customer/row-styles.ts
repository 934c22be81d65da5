import { css } from "lit";

/** A list row drawn as a card (cart lines, offers, people, wristbands): its parts wrap on narrow screens. */
export const rowCardStyles = css`
  li.row-card {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--tessera-border);
    border-radius: 0.75rem;
    background: var(--tessera-surface);
  }
  /* the text of the row takes the room left by its buttons */
  li.row-card .what {
    flex: 1 1 12rem;
  }
  li.row-card .what p {
    margin: 0.1rem 0;
  }
`;
