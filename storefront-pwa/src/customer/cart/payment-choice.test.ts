import { choosePaymentProvider, isStripePublishableKey } from "./payment-choice.js";

describe("choosePaymentProvider", () => {
  const both = ["pp_system_default", "pp_stripe_stripe"];

  it("should pay with Stripe when the region offers it and the publishable key is configured", () => {
    expect(choosePaymentProvider(both, "pk_test_51Abc")).toEqual({ provider: "stripe", publishableKey: "pk_test_51Abc" });
    expect(choosePaymentProvider(["pp_stripe_stripe"], "pk_live_9")).toEqual({ provider: "stripe", publishableKey: "pk_live_9" });
  });

  it("should keep the system provider when no Stripe key is configured, as the demo does", () => {
    expect(choosePaymentProvider(both, undefined)).toEqual({ provider: "system" });
    expect(choosePaymentProvider(both, "")).toEqual({ provider: "system" });
  });

  it("should keep the system provider when the region does not offer Stripe, whatever the key", () => {
    expect(choosePaymentProvider(["pp_system_default"], "pk_test_51Abc")).toEqual({ provider: "system" });
  });

  it("should never use a secret or malformed key in the browser", () => {
    expect(choosePaymentProvider(both, "sk_test_51Abc")).toEqual({ provider: "system" });
    expect(choosePaymentProvider(both, "rk_live_1")).toEqual({ provider: "system" });
    expect(choosePaymentProvider(both, "pk_test_ spaced")).toEqual({ provider: "system" });
  });

  it("should offer nothing when the region has only providers the PWA cannot pay with", () => {
    expect(choosePaymentProvider(["pp_stripe_stripe"], undefined)).toBeUndefined();
    expect(choosePaymentProvider(["pp_paypal_paypal"], "pk_test_1")).toBeUndefined();
    expect(choosePaymentProvider([], "pk_test_1")).toBeUndefined();
  });
});

describe("isStripePublishableKey", () => {
  it("should accept test and live publishable keys only", () => {
    expect(isStripePublishableKey("pk_test_abc123")).toBe(true);
    expect(isStripePublishableKey("pk_live_ABC")).toBe(true);
    expect(isStripePublishableKey("sk_live_ABC")).toBe(false);
    expect(isStripePublishableKey("pk_test_")).toBe(false);
    expect(isStripePublishableKey(undefined)).toBe(false);
  });
});
