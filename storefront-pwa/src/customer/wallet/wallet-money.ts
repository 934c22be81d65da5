// Moved to core (the merchant's till counts in the same minor units); kept so the wallet's imports stay short.
export { formatMinor, fromMinor, toMinor } from "../../core/ui/minor-money.js";
