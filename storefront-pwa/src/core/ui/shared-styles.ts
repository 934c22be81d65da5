import { css } from "lit";

/**
 * Styles shared by elements. Colours come from the custom properties in index.html (light and dark sets, each
 * meeting WCAG AA contrast); custom properties pierce shadow roots, so elements only reference them.
 */
export const sharedStyles = css`
  :host {
    color: var(--tessera-text);
  }
  :focus-visible {
    outline: 3px solid var(--tessera-focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 44px;
    padding: 0.5rem 1.1rem;
    border: 0;
    border-radius: 0.5rem;
    background: var(--tessera-accent);
    color: var(--tessera-on-accent);
    cursor: pointer;
  }
  button:hover {
    filter: brightness(1.1);
  }
  .muted {
    color: var(--tessera-muted);
  }
`;
