export * from "./create-usher"
