import { ApiError } from "./api-error.js";
import { formFailure } from "./form-failure.js";

describe("formFailure", () => {
  const fields = ["birth_date", "name"];

  it("should put a refusal naming one of the form's fields next to it, in plain words", () => {
    const error = new ApiError("Invalid request: Field 'birth_date' must be in the past", 400, "invalid_data", "birth_date");
    expect(formFailure(error, true, fields)).toEqual({ field: "birth_date", text: "Must be in the past" });
  });

  it("should show a refusal about something the form does not have for the whole form, as the backend words it", () => {
    const error = new ApiError("Ticket tick_1 already has a pending transfer", 409, "conflict", "id");
    expect(formFailure(error, true, fields)).toEqual({ text: "Ticket tick_1 already has a pending transfer" });
  });

  it("should say offline rather than blame a field", () => {
    const error = new ApiError("Field 'name' is required", 400, "invalid_data", "name");
    expect(formFailure(error, false, fields)).toEqual({ text: expect.stringMatching(/^You are offline/) });
  });
});
