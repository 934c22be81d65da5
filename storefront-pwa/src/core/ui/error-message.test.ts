import { describeError } from "./error-message.js";

describe("describeError", () => {
  it("should tell offline and no answer apart from refusals", () => {
    expect(describeError(new Error("x"), false)).toMatch(/^You are offline/);
    expect(describeError(new TypeError("Failed to fetch"), true)).toMatch(/did not answer/);
  });

  it("should show the server's message for a refusal (it names the field), and plain words for known statuses", () => {
    expect(describeError({ status: 400, message: "email: must be an email" }, true)).toBe("email: must be an email");
    expect(describeError({ status: 401, message: "Unauthorized" }, true)).toBe("Please sign in again.");
    expect(describeError({ status: 429 }, true)).toMatch(/Too many attempts/);
    expect(describeError({ status: 503, message: "stack trace…" }, true)).toMatch(/had a problem/);
    expect(describeError("weird", true)).toBe("Something went wrong. Try again.");
  });
});
