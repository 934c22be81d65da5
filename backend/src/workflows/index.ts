export * from "./issue-order-tickets"
export * from "./void-order-tickets"
export * from "./steps"
export * from "./void-refunded-order-tickets"
