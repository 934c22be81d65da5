export * from "./create-usher"
export * from "./register-usher-identity"
export * from "./validate-new-usher"
