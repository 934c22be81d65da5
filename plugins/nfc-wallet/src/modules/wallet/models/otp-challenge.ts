import { model } from "@medusajs/framework/utils"

/**
 * A one-time code sent to a mobile number, for one purpose (`login:merchant`, `card_assignment`).
 * Only a keyed hash of the code is kept. It is good for one successful check before `expires_at`
 * and for at most a few wrong ones (`attempts`, counted by a conditional UPDATE, so parallel guesses
 * cannot exceed the limit). `subject_id` is what the code confirms (the customer holding the number);
 * `requested_by` who asked for it (a merchant). Sends are rate-limited per number from these rows.
 */
export const OtpChallenge = model
  .define("otp_challenge", {
    id: model.id({ prefix: "otp" }).primaryKey(),
    phone: model.text(),
    purpose: model.text(),
    subject_id: model.text().nullable(),
    requested_by: model.text().nullable(),
    code_hash: model.text(),
    expires_at: model.dateTime(),
    attempts: model.number().default(0),
    consumed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["phone", "purpose", "created_at"] }])
