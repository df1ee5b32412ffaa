// One error type for everything the API refuses; the JSON body never carries a stack.
export type ApiErrorCode =
  | 'BAD_PARAMETER'
  | 'UNKNOWN_PARAMETER'
  | 'NOT_FOUND'
  | 'BAD_BODY'
  | 'BODY_TOO_LARGE'
  | 'WRITE_REFUSED'
  | 'NOT_AVAILABLE'
  | 'QUERY_FAILED'
  | 'STORE_FAILED'
  | 'INTERNAL';

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: ApiErrorCode,
    message: string,
    public readonly param?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): { error: { code: string; message: string; param?: string } } {
    return { error: { code: this.code, message: this.message, ...(this.param ? { param: this.param } : {}) } };
  }
}

export function badParam(param: string, message: string): ApiError {
  return new ApiError(400, 'BAD_PARAMETER', `${param}: ${message}`, param);
}
