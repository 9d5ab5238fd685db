import type { RequestHandler } from 'express';
import { DomainError } from '../domain/errors.js';

/** For endpoints that parse their own body: anything but JSON is refused before it is read. */
export const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json'))
    throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
  next();
};
