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
  button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  button.secondary {
    background: transparent;
    color: var(--tessera-link);
    border: 1px solid var(--tessera-border);
  }
  a {
    color: var(--tessera-link);
  }
  .muted {
    color: var(--tessera-muted);
  }
  /* a list of cards or rows */
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem;
  }
`;

/** Form fields: 44 px touch targets, borders and text in the AA-contrast tokens of either scheme. */
export const formStyles = css`
  label {
    font-weight: 600;
  }
  input,
  select {
    font: inherit;
    min-height: 44px;
    box-sizing: border-box;
    padding: 0.4rem 0.6rem;
    border-radius: 0.5rem;
    border: 1px solid var(--tessera-muted);
    background: var(--tessera-bg);
    color: var(--tessera-text);
  }
  input[type="checkbox"] {
    min-height: auto;
    width: 1.25rem;
    height: 1.25rem;
  }
`;

/** An actor area's page (merchant, usher) with its menu bar on top. */
export const areaNavStyles = css`
  :host {
    display: block;
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-bottom: 1rem;
  }
`;
