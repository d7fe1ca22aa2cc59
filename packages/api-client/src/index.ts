export { createApiClient, unwrap } from "./client";
export type { ApiClient, ApiClientOptions } from "./client";
export {
  ApiError,
  NETWORK_ERROR,
  UNEXPECTED_RESPONSE,
  apiErrorFrom,
  isErrorEnvelope,
  networkError,
  parseRetryAfter,
} from "./errors";
export type { ErrorEnvelope } from "./errors";
export type { components, operations, paths } from "./schema";

import type { components } from "./schema";
/** Shorthand for the API's named schemas: `Schemas["MeOut"]`. */
export type Schemas = components["schemas"];
