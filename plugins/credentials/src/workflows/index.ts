export * from "./revoke-credential-key"
export * from "./rotate-credential-key"
