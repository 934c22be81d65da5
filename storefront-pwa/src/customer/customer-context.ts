import { createContext } from "@lit/context";
import type { SessionState } from "./account/customer-session.js";
import type { StoreCart } from "./cart/cart-store.js";

/** Who is signed in (or "guest", or "unknown" while the token is being checked). Provided by customer-app. */
export const sessionContext = createContext<SessionState>(Symbol("tessera-customer-session"));

/** The open cart, or undefined when there is none. Provided by customer-app. */
export const cartContext = createContext<StoreCart | undefined>(Symbol("tessera-customer-cart"));
