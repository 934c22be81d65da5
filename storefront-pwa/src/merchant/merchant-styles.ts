import { css } from "lit";

/**
 * The till's shared look: panels and rows in the theme's tokens, and the outcome blocks (paid, queued, refused),
 * white on colours that keep AA contrast (≥ 4.5:1) in both schemes. Colour always comes with words.
 */
export const standStyles = css`
  .panel {
    padding: 0.75rem 1rem;
    border: 1px solid var(--tessera-border);
    border-radius: 0.75rem;
    background: var(--tessera-surface);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .paid,
  .queued,
  .refused {
    color: #fff;
    border-radius: 1rem;
    padding: 1rem 1.25rem;
  }
  .paid {
    background: #15803d;
  }
  .queued {
    background: #1d4ed8;
  }
  .refused {
    background: #b91c1c;
  }
  .paid a,
  .queued a,
  .refused a {
    color: inherit;
  }
  .amount {
    font-size: clamp(2rem, 9vw, 3.5rem);
    font-weight: 800;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .money {
    font-variant-numeric: tabular-nums;
    text-align: right;
    white-space: nowrap;
  }
  .field-error {
    display: block;
    margin: 0.25rem 0 0;
    padding: 0.1rem 0.5rem;
    border-left: 4px solid var(--tessera-focus);
    font-weight: 600;
  }
  progress {
    width: 100%;
    height: 1rem;
  }
`;
