export { type KnexLike, type PreparedStatement, runPrepared } from "./prepared"
