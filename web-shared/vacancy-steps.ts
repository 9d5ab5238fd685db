/**
 * The vacancy lifecycle for the front ends: the service's own rules (src/domain), so a page offers
 * exactly the steps the service will accept.
 */
export { isOpen as isOpenStatus, nextStatuses } from '../src/domain/vacancy-lifecycle.js';
