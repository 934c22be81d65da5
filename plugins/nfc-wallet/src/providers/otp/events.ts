/** Emitted when a one-time code must reach a mobile number; the plugin's subscriber delivers it. */
export const OTP_REQUESTED_EVENT = "wallet.otp.requested"

/** The code travels in the event because only a hash of it is stored; the event bus keeps no history. */
export type OtpRequestedEvent = { challenge_id: string; to: string; code: string; purpose: string; expires_at: string }
