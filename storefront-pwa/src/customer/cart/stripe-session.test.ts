import { intentNext, stripeClientSecret } from "./stripe-session.js";

describe("stripeClientSecret", () => {
  it("should read the client secret from the cart's Stripe session", () => {
    const sessions = [
      { provider_id: "pp_system_default", data: {} },
      { provider_id: "pp_stripe_stripe", data: { id: "pi_1", client_secret: "pi_1_secret_2" } },
    ];
    expect(stripeClientSecret(sessions)).toBe("pi_1_secret_2");
  });

  it("should find none without a Stripe session or a usable secret", () => {
    expect(stripeClientSecret(undefined)).toBeUndefined();
    expect(stripeClientSecret([{ provider_id: "pp_system_default", data: {} }])).toBeUndefined();
    expect(stripeClientSecret([{ provider_id: "pp_stripe_stripe", data: null }])).toBeUndefined();
    expect(stripeClientSecret([{ provider_id: "pp_stripe_stripe", data: { client_secret: 42 } }])).toBeUndefined();
  });
});

describe("intentNext", () => {
  it("should only complete the cart when the buyer already paid (a retry must not charge twice)", () => {
    expect(intentNext("succeeded")).toBe("complete");
    expect(intentNext("requires_capture")).toBe("complete");
    expect(intentNext("processing")).toBe("complete");
  });

  it("should show the form for an intent still to pay, and start over for a cancelled or unknown one", () => {
    expect(intentNext("requires_payment_method")).toBe("pay");
    expect(intentNext("requires_action")).toBe("pay");
    expect(intentNext("canceled")).toBe("new-session");
    expect(intentNext(undefined)).toBe("new-session");
  });
});
