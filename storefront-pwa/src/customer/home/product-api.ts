import { request } from "../../core/api/request.js";
import type { StorefrontSdk } from "../../core/api/sdk.js";

type ProductListResponse = Awaited<ReturnType<StorefrontSdk["store"]["product"]["list"]>>;

/** The slice of a store product the home page shows. */
export type ProductSummary = Pick<ProductListResponse["products"][number], "id" | "title" | "subtitle" | "thumbnail">;

export interface ProductPage {
  products: ProductSummary[];
  count: number;
}

export const PRODUCT_PAGE_SIZE = 24;

/** Lists the store's products (first page), asking only for the fields the list shows. */
export async function listProducts(sdk: StorefrontSdk, signal: AbortSignal): Promise<ProductPage> {
  const { products, count } = await request(
    sdk.store.product.list({ limit: PRODUCT_PAGE_SIZE, fields: "id,title,subtitle,thumbnail" }),
    signal,
  );
  return { products, count };
}
